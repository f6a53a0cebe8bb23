import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { Placement } from '../../../shared/contract/sign'
import { DataStore } from '../db/data-store'
import { useTempDirs } from '../test-support/temp-dir'
import { SignatureLibrary } from './signature-library'
import { SignRecords } from './sign-records'
import { signToFile } from './sign-to-file'
import { darkestIn, plainImage, renderPdfPage, scribble, threePagePdf } from './test-support/sign-fixtures'
import { PlacementSchema } from '../../../shared/contract/sign'

const tempDir = useTempDirs()

async function setup() {
  const dir = tempDir()
  const store = new DataStore(join(dir, 'data'))
  const library = new SignatureLibrary(store)
  const records = new SignRecords(store)
  const signature = await library.saveDrawn('Me', scribble())
  const sign = (
    input: string,
    output: string,
    placements: Array<Omit<Placement, 'signatureId'>>,
    format: 'jpeg' | 'png' | 'pdf',
  ) =>
    signToFile(store, records, {
      inputPath: input,
      outputPath: output,
      placements: placements.map((p) => ({
        placement: PlacementSchema.parse({ ...p, signatureId: signature.id }),
        signature: library.resolve(signature.id),
      })),
      output: { format, quality: 90, flatten: false },
      origin: 'cli',
    })
  return { dir, store, library, records, signature, sign }
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('signing an image', () => {
  it('keeps the pixel size and density, puts ink only in the placed box, and records it', async () => {
    const { dir, sign, records, store } = await setup()
    const input = join(dir, 'scan.jpg')
    writeFileSync(input, await plainImage(1500, 1000, { density: 300 }))
    const before = sha(input)
    const box = { page: 0, x: 0.5, y: 0.6, width: 0.3 }
    const record = await sign(input, join(dir, 'scan-signed.jpg'), [box], 'jpeg')

    const out = join(dir, 'scan-signed.jpg')
    const meta = await sharp(out).metadata()
    expect([meta.width, meta.height, meta.format, meta.density]).toEqual([1500, 1000, 'jpeg', 300])
    const pixels = await sharp(out).greyscale().raw().toBuffer({ resolveWithObject: true })
    const img = { width: 1500, height: 1000, data: pixels.data }
    const h = record.placements[0]!.height
    expect(darkestIn(img, { x: 0.5, y: 0.6, width: 0.3, height: h })).toBeLessThan(80)
    // Outside the box the background is unchanged within JPEG tolerance.
    expect(darkestIn(img, { x: 0, y: 0, width: 0.45, height: 1 })).toBeGreaterThan(190)
    expect(darkestIn(img, { x: 0, y: 0, width: 1, height: 0.55 })).toBeGreaterThan(190)

    expect(sha(input)).toBe(before)
    expect(record).toMatchObject({
      inputSha256: before,
      outputSha256: sha(out),
      outputFormat: 'jpeg',
      origin: 'cli',
    })
    expect(records.list()).toHaveLength(1)
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([])
    store.close()
  })

  it('turns an EXIF-rotated photo upright and keeps its upright size', async () => {
    const { dir, sign, store } = await setup()
    const input = join(dir, 'phone.jpg')
    writeFileSync(input, await plainImage(800, 400, { orientation: 6 }))
    await sign(input, join(dir, 'out.png'), [{ page: 0, x: 0.1, y: 0.1, width: 0.5 }], 'png')
    const meta = await sharp(join(dir, 'out.png')).metadata()
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([400, 800, 1])
    store.close()
  })

  it('writes a one-page PDF sized from the density, the signature drawn as vectors', async () => {
    const { dir, sign, store } = await setup()
    const input = join(dir, 'scan.png')
    writeFileSync(input, await plainImage(1240, 1754, { format: 'png', density: 150 }))
    await sign(input, join(dir, 'scan.pdf'), [{ page: 0, x: 0.6, y: 0.8, width: 0.3 }], 'pdf')
    const doc = await PDFDocument.load(readFileSync(join(dir, 'scan.pdf')))
    expect(doc.getPageCount()).toBe(1)
    const { width, height } = doc.getPage(0).getSize()
    expect(width).toBeCloseTo((1240 * 72) / 150, 1)
    expect(height).toBeCloseTo((1754 * 72) / 150, 1)
    const render = await renderPdfPage(join(dir, 'scan.pdf'), 1, dir)
    expect(darkestIn(render, { x: 0.6, y: 0.8, width: 0.3, height: 0.08 })).toBeLessThan(100)
    expect(darkestIn(render, { x: 0, y: 0, width: 0.55, height: 1 })).toBeGreaterThan(150)
    store.close()
  })
})

describe('signing a PDF', () => {
  it('stamps only the chosen pages, right on a /Rotate 90 page and an offset MediaBox, sizes kept', async () => {
    const { dir, sign, store } = await setup()
    const input = join(dir, 'contract.pdf')
    writeFileSync(input, await threePagePdf())
    const out = join(dir, 'contract-signed.pdf')
    const record = await sign(
      input,
      out,
      [
        { page: 1, x: 0.1, y: 0.1, width: 0.3 },
        { page: 2, x: 0.55, y: 0.6, width: 0.35 },
      ],
      'pdf',
    )
    const original = await PDFDocument.load(readFileSync(input))
    const signed = await PDFDocument.load(readFileSync(out))
    expect(signed.getPageCount()).toBe(3)
    signed.getPages().forEach((page, i) => {
      const before = original.getPage(i)
      expect(page.getMediaBox()).toEqual(before.getMediaBox())
      expect(page.getRotation().angle).toBe(before.getRotation().angle)
    })
    const p1 = await renderPdfPage(out, 1, dir)
    expect(darkestIn(p1, { x: 0.05, y: 0.05, width: 0.9, height: 0.9 })).toBeGreaterThan(150)
    // Page 2 is shown landscape: the signature sits top-left of what the reader shows.
    const p2 = await renderPdfPage(out, 2, dir)
    expect(p2.width).toBeGreaterThan(p2.height)
    const h2 = record.placements[0]!.height
    expect(darkestIn(p2, { x: 0.1, y: 0.1, width: 0.3, height: h2 })).toBeLessThan(100)
    expect(darkestIn(p2, { x: 0.5, y: 0.05, width: 0.45, height: 0.9 })).toBeGreaterThan(150)
    const p3 = await renderPdfPage(out, 3, dir)
    const h3 = record.placements[1]!.height
    expect(darkestIn(p3, { x: 0.55, y: 0.6, width: 0.35, height: h3 })).toBeLessThan(100)
    expect(darkestIn(p3, { x: 0.05, y: 0.05, width: 0.45, height: 0.5 })).toBeGreaterThan(150)
    store.close()
  })
})

describe('stamps, rotation, opacity and paper ink', () => {
  it('draws the date stamp under the signature, and a turned signature inside its turned box', async () => {
    const { dir, records, store, library, signature } = await setup()
    const input = join(dir, 'page.png')
    writeFileSync(input, await plainImage(2000, 2000, { format: 'png' }))
    const signed = async (out: string, extra: Record<string, unknown>) =>
      signToFile(store, records, {
        inputPath: input,
        outputPath: join(dir, out),
        placements: [
          {
            placement: PlacementSchema.parse({
              signatureId: signature.id,
              page: 0,
              x: 0.3,
              y: 0.3,
              width: 0.4,
              ...extra,
            }),
            signature: library.resolve(signature.id),
          },
        ],
        output: { format: 'png', quality: 90, flatten: false },
        origin: 'app',
      })
    const grey = async (file: string) => {
      const { data } = await sharp(join(dir, file)).greyscale().raw().toBuffer({ resolveWithObject: true })
      return { width: 2000, height: 2000, data }
    }
    const plain = await signed('plain.png', {})
    const h = plain.placements[0]!.height
    const below = { x: 0.3, y: 0.3 + h + 0.005, width: 0.4, height: 0.05 }
    expect(darkestIn(await grey('plain.png'), below)).toBeGreaterThan(190)
    const stamped = await signed('stamped.png', {
      stamp: { format: 'zh-long', label: '签署日期：', date: '2026-03-05' },
    })
    expect(stamped.placements[0]!.stampText).toBe('签署日期：2026年3月5日')
    expect(darkestIn(await grey('stamped.png'), below)).toBeLessThan(100)

    // Turned a quarter, the wide signature stands upright about its centre.
    await signed('turned.png', { rotate: 90 })
    const turned = await grey('turned.png')
    const cx = 0.5
    const cy = 0.3 + h / 2
    expect(darkestIn(turned, { x: cx - h / 2, y: cy - 0.2, width: h, height: 0.4 })).toBeLessThan(100)
    expect(darkestIn(turned, { x: 0.3, y: cy - h / 2, width: 0.4 / 2 - h, height: h })).toBeGreaterThan(190)

    // Half opacity: the ink is lighter than at full opacity, but still there.
    await signed('faint.png', { opacity: 0.5 })
    const faint = darkestIn(await grey('faint.png'), { x: 0.3, y: 0.3, width: 0.4, height: h })
    expect(faint).toBeGreaterThan(60)
    expect(faint).toBeLessThan(170)
    store.close()
  })

  it('stamps a paper (raster) signature onto a PDF page with its transparency', async () => {
    const { dir, records, store, library } = await setup()
    const ink = await sharp({
      create: { width: 600, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .composite([
        {
          input: Buffer.from(
            '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><path d="M20 150 C 200 20, 400 180, 580 40" stroke="#112299" stroke-width="14" fill="none"/></svg>',
          ),
        },
      ])
      .png()
      .toBuffer()
    const paper = await library.saveRaster('paper', 'paper', ink)
    const input = join(dir, 'contract.pdf')
    writeFileSync(input, await threePagePdf())
    const out = join(dir, 'signed.pdf')
    await signToFile(store, records, {
      inputPath: input,
      outputPath: out,
      placements: [
        {
          placement: PlacementSchema.parse({ signatureId: paper.id, page: 0, x: 0.2, y: 0.4, width: 0.5 }),
          signature: library.resolve(paper.id),
        },
      ],
      output: { format: 'pdf', quality: 90, flatten: false },
      origin: 'app',
    })
    const page = await renderPdfPage(out, 1, dir)
    // Ink where the stroke is, paper (not a white or black box) around it inside the box.
    expect(darkestIn(page, { x: 0.2, y: 0.4, width: 0.5, height: 0.5 / 3 })).toBeLessThan(120)
    expect(darkestIn(page, { x: 0.21, y: 0.41, width: 0.1, height: 0.03 })).toBeGreaterThan(200)
    store.close()
  })
})

describe('what the output keeps', () => {
  it("keeps an image's ICC profile", async () => {
    const { dir, sign, store } = await setup()
    const input = join(dir, 'p3.jpg')
    writeFileSync(
      input,
      await sharp({ create: { width: 900, height: 600, channels: 3, background: '#c8cdd2' } })
        .withIccProfile('p3')
        .jpeg()
        .toBuffer(),
    )
    const before = await sharp(input).metadata()
    expect(before.icc).toBeDefined()
    await sign(input, join(dir, 'p3-signed.jpg'), [{ page: 0, x: 0.2, y: 0.2, width: 0.4 }], 'jpeg')
    const after = await sharp(join(dir, 'p3-signed.jpg')).metadata()
    expect(after.icc?.equals(before.icc as Buffer)).toBe(true)
    store.close()
  })

  it('flattens form fields into the page when asked, and keeps them otherwise', async () => {
    const { dir, store, records, library, signature } = await setup()
    const doc = await PDFDocument.create()
    const page = doc.addPage([595, 842])
    const field = doc.getForm().createTextField('name')
    field.setText('Zhang San')
    field.addToPage(page, { x: 60, y: 700, width: 200, height: 24 })
    const input = join(dir, 'form.pdf')
    writeFileSync(input, await doc.save())
    const run = (out: string, flatten: boolean) =>
      signToFile(store, records, {
        inputPath: input,
        outputPath: join(dir, out),
        placements: [
          {
            placement: PlacementSchema.parse({
              signatureId: signature.id,
              page: 0,
              x: 0.5,
              y: 0.8,
              width: 0.3,
            }),
            signature: library.resolve(signature.id),
          },
        ],
        output: { format: 'pdf', quality: 90, flatten },
        origin: 'app',
      })
    await run('kept.pdf', false)
    await run('flat.pdf', true)
    const fields = async (file: string) =>
      (await PDFDocument.load(readFileSync(join(dir, file)))).getForm().getFields().length
    expect(await fields('kept.pdf')).toBe(1)
    expect(await fields('flat.pdf')).toBe(0)
    // No reference to a deleted widget is left behind for readers to stumble over.
    expect(spawnSync('pdfinfo', [join(dir, 'flat.pdf')], { encoding: 'utf8' }).stderr).toBe('')
    // The field's text is now part of the page itself.
    const render = await renderPdfPage(join(dir, 'flat.pdf'), 1, dir)
    expect(
      darkestIn(render, { x: 60 / 595, y: 1 - 724 / 842, width: 200 / 595, height: 24 / 842 }),
    ).toBeLessThan(120)
    store.close()
  })
})
