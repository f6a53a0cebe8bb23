import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
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
        placement: { ...p, signatureId: signature.id },
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

export { existsSync }
