import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument, PDFName, PDFRawStream, PDFRef, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { certifyWithIdentity } from './certify/identity-actions'
import { certifyWorkspace, pdfsig } from './certify/test-support/certify-fixtures'
import { SignatureLibrary } from './signature-library'
import { signToFile } from './sign-to-file'

const tempDir = useTempDirs()
const DPI = 300
const PX = DPI / 72
const SEAL_PX = 600

/** A round red company seal on transparency. */
async function sealPng(): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SEAL_PX}" height="${SEAL_PX}"><g fill="none" stroke="#d2232a">` +
    `<circle cx="300" cy="300" r="280" stroke-width="22"/><circle cx="300" cy="300" r="240" stroke-width="5"/></g>` +
    `<polygon fill="#d2232a" points="300,150 335,255 445,255 356,320 390,425 300,360 210,425 244,320 155,255 265,255"/>` +
    `<rect x="170" y="450" width="260" height="40" fill="#d2232a"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

async function contract(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842])
    for (let l = 0; l < 30; l++)
      page.drawRectangle({ x: 60, y: 760 - l * 22, width: 470, height: 5, color: rgb(0.6, 0.6, 0.6) })
  }
  return doc.save()
}

/** Red-ink mask of a picture fitted to `width`×`height`. */
async function redMask(png: Buffer, width: number, height: number): Promise<Uint8Array> {
  const data = await sharp(png)
    .flatten({ background: '#ffffff' })
    .resize(width, height, { fit: 'fill' })
    .removeAlpha()
    .raw()
    .toBuffer()
  return Uint8Array.from({ length: width * height }, (_, i) =>
    (data[i * 3] as number) > 140 && (data[i * 3 + 1] as number) < 130 ? 1 : 0,
  )
}

function strayShare(a: Uint8Array, b: Uint8Array, width: number, height: number, radius = 2): number {
  let ink = 0
  let stray = 0
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (!a[y * width + x]) continue
      ink++
      let near = false
      for (let dy = -radius; dy <= radius && !near; dy++)
        for (let dx = -radius; dx <= radius && !near; dx++) {
          const yy = y + dy
          const xx = x + dx
          near = yy >= 0 && yy < height && xx >= 0 && xx < width && b[yy * width + xx] === 1
        }
      if (!near) stray++
    }
  return stray / Math.max(1, ink)
}

/** Image XObjects in a saved PDF, not counting the soft masks that carry their transparency. */
function imageCount(bytes: Uint8Array, doc: PDFDocument): number {
  const masks = new Set<string>()
  const images: string[] = []
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue
    if (object.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue
    images.push(ref.toString())
    const mask = object.dict.get(PDFName.of('SMask'))
    if (mask instanceof PDFRef) masks.add(mask.toString())
  }
  expect(bytes.length).toBeGreaterThan(0)
  return images.filter((r) => !masks.has(r)).length
}

describe('a cross-page seal (骑缝章)', () => {
  it('puts one strip on each of 14 pages that make the seal again, in the same save as a valid certificate signature', async () => {
    const dir = tempDir()
    const ws = await certifyWorkspace(dir)
    const library = new SignatureLibrary(ws.store)
    const png = await sealPng()
    const seal = await library.saveSeal('合同专用章', png)
    const input = join(dir, 'contract.pdf')
    writeFileSync(input, await contract(14))
    const output = join(dir, 'contract-sealed.pdf')
    const signature = library.list().find((s) => s.role === 'signature')!
    const request = { edge: 'right' as const, y: 0.5, width: 0.12 }
    const record = await signToFile(ws.store, ws.records, {
      inputPath: input,
      outputPath: output,
      placements: [
        {
          placement: {
            page: 13,
            x: 0.55,
            y: 0.8,
            width: 0.25,
            rotate: 0,
            opacity: 1,
            signatureId: signature.id,
          },
          signature: library.resolve(signature.id),
        },
      ],
      output: { format: 'pdf', quality: 90, flatten: false },
      origin: 'cli',
      certify: certifyWithIdentity(ws.identities, {
        identityId: ws.identity.id,
        subFilter: 'adbe.pkcs7.detached',
        allowExpired: false,
        passphrase: 'correct horse',
        reason: '同意',
        location: '北京',
      }),
      crossSeal: { seal: library.resolve(seal.id), request },
    })

    // The audit trail: the signature, then a strip per page, each named k/14.
    const strips = record.placements.filter((p) => p.strip)
    expect(strips.map((p) => [p.page, p.strip])).toEqual(
      Array.from({ length: 14 }, (_, i) => [i, `${i + 1}/14`]),
    )
    expect(strips.every((p) => p.signatureName === '合同专用章' && p.signatureId === seal.id)).toBe(true)
    expect(ws.records.list()[0]?.placements.filter((p) => p.strip)).toHaveLength(14)

    const bytes = readFileSync(output)
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBe(14)
    expect(imageCount(bytes, doc)).toBe(1)
    expect(pdfsig(output)).toContain('Signature is Valid')

    // Render the right edge of each page at the seal's height and put the strips side by side.
    const sealPt = 0.12 * 595
    const stripPx = Math.round((sealPt / 14) * PX)
    const heightPx = Math.round(sealPt * PX)
    const top = Math.round((421 - sealPt / 2) * PX)
    const left = Math.round(595 * PX) - stripPx
    const pieces: { input: Buffer; left: number; top: number }[] = []
    for (let page = 1; page <= 14; page++) {
      const prefix = join(dir, `edge-${page}`)
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        String(DPI),
        '-f',
        String(page),
        '-l',
        String(page),
        '-x',
        String(left),
        '-y',
        String(top),
        '-W',
        String(stripPx),
        '-H',
        String(heightPx),
        '-singlefile',
        output,
        prefix,
      ])
      pieces.push({ input: readFileSync(`${prefix}.png`), left: (page - 1) * stripPx, top: 0 })
    }
    const joinedWidth = stripPx * 14
    const joined = await sharp({
      create: { width: joinedWidth, height: heightPx, channels: 3, background: '#ffffff' },
    })
      .composite(pieces)
      .png()
      .toBuffer()
    writeFileSync(join(dir, 'joined.png'), joined)
    const got = await redMask(joined, joinedWidth, heightPx)
    const want = await redMask(png, joinedWidth, heightPx)
    const count = (m: Uint8Array) => m.reduce((n, v) => n + v, 0)
    expect(count(want)).toBeGreaterThan(5000)
    expect(count(got) / count(want)).toBeGreaterThan(0.9)
    expect(count(got) / count(want)).toBeLessThan(1.1)
    expect(strayShare(got, want, joinedWidth, heightPx)).toBeLessThan(0.02)
    expect(strayShare(want, got, joinedWidth, heightPx)).toBeLessThan(0.02)
    ws.store.close()
  }, 120_000)

  it('is refused on one page, or when the seal is too large for the edge, and nothing is written', async () => {
    const dir = tempDir()
    const ws = await certifyWorkspace(dir)
    const library = new SignatureLibrary(ws.store)
    const seal = library.resolve((await library.saveSeal('公章', await sealPng())).id)
    const sign = async (pages: number, request: { width: number; y: number; pages?: number[] }) => {
      const input = join(dir, `in-${pages}.pdf`)
      writeFileSync(input, await contract(pages))
      const output = join(dir, `out-${pages}-${request.width}.pdf`)
      const error = await signToFile(ws.store, ws.records, {
        inputPath: input,
        outputPath: output,
        placements: [],
        output: { format: 'pdf', quality: 90, flatten: false },
        origin: 'cli',
        crossSeal: { seal, request: { edge: 'left', ...request } },
      }).catch((e: unknown) => e)
      expect(existsSync(output)).toBe(false)
      return (error as { details?: { reason?: string } }).details?.reason
    }
    expect(await sign(1, { width: 0.12, y: 0.5 })).toBe('sign.cross-seal-one-page')
    expect(await sign(5, { width: 0.12, y: 0.5, pages: [2] })).toBe('sign.cross-seal-one-page')
    expect(await sign(2, { width: 0.9, y: 0.5 })).toBe('sign.cross-seal-too-wide')
    expect(await sign(3, { width: 0.2, y: 0.98 })).toBe('sign.cross-seal-outside')
    expect(ws.records.list()).toHaveLength(0)
    ws.store.close()
  })
})
