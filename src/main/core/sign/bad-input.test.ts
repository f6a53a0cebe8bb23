import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { DataStore } from '../db/data-store'
import { useTempDirs } from '../test-support/temp-dir'
import { SignatureLibrary } from './signature-library'
import { SignRecords } from './sign-records'
import { signToFile } from './sign-to-file'
import { encryptedPdf, plainImage, scribble, threePagePdf } from './test-support/sign-fixtures'
import { PlacementSchema } from '../../../shared/contract/sign'

const tempDir = useTempDirs()
/** The message of the last refusal `attempt` saw (what the CLI prints). */
let lastMessage = ''

function crc32(bytes: Buffer): number {
  let crc = ~0
  for (const byte of bytes) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return ~crc >>> 0
}

/** A real 10×10 PNG whose header is changed to claim 50,000 × 50,000 pixels. */
async function pixelBombPng(): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 10, height: 10, channels: 4, background: '#fff' } })
      .png()
      .toBuffer(),
  )
  png.writeUInt32BE(50_000, 16)
  png.writeUInt32BE(50_000, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29)
  return png
}

async function attempt(file: string, bytes: Buffer | Uint8Array, x = 0.1, format: 'jpeg' | 'pdf' = 'jpeg') {
  const dir = tempDir()
  const store = new DataStore(join(dir, 'data'))
  const library = new SignatureLibrary(store)
  const records = new SignRecords(store)
  const sig = await library.saveDrawn('Me', scribble())
  const input = join(dir, file)
  writeFileSync(input, bytes)
  const output = join(dir, `out.${format === 'pdf' ? 'pdf' : 'jpg'}`)
  let caught: unknown
  try {
    await signToFile(store, records, {
      inputPath: input,
      outputPath: output,
      placements: [
        {
          placement: PlacementSchema.parse({ signatureId: sig.id, page: 0, x, y: 0.1, width: 0.3 }),
          signature: library.resolve(sig.id),
        },
      ],
      output: { format, quality: 90, flatten: false },
      origin: 'cli',
    })
  } catch (error) {
    caught = error
  }
  const leftovers = readdirSync(dir).filter((f) => f !== 'data' && f !== file)
  const recordCount = records.list().length
  store.close()
  expect(caught, 'the call should fail').toBeInstanceOf(AppError)
  expect(leftovers, 'no output or temp file').toEqual([])
  expect(existsSync(output)).toBe(false)
  expect(recordCount, 'no audit record').toBe(0)
  const error = caught as AppError
  lastMessage = error.message
  return { code: error.code, reason: (error.details as { reason: string }).reason }
}

describe('bad input is refused with a reason, and nothing is written', () => {
  it('a truncated JPEG', async () => {
    const good = await plainImage(1200, 900)
    const result = await attempt('cut.jpg', good.subarray(0, Math.floor(good.length / 2)))
    expect(result).toEqual({ code: 'INVALID_FILE', reason: 'sign.image-corrupt' })
    // One line naming the file, not libvips' account of its decoder.
    expect(lastMessage).toBe('cut.jpg is damaged or incomplete')
  })

  it('random bytes named .jpg', async () => {
    expect(await attempt('fake.jpg', Buffer.from('this is not an image at all'.repeat(20)))).toEqual({
      code: 'INVALID_FILE',
      reason: 'sign.not-an-image',
    })
  })

  it('a pixel bomb', async () => {
    expect(await attempt('bomb.png', await pixelBombPng())).toEqual({
      code: 'INVALID_FILE',
      reason: 'sign.pixel-bomb',
    })
  })

  it('a zero-byte file', async () => {
    expect(await attempt('empty.jpg', Buffer.alloc(0))).toEqual({
      code: 'INVALID_FILE',
      reason: 'sign.file-empty',
    })
  })

  it('an encrypted PDF', async () => {
    expect(await attempt('locked.pdf', await encryptedPdf(), 0.1, 'pdf')).toEqual({
      code: 'INVALID_FILE',
      reason: 'sign.pdf-encrypted',
    })
  })

  it('a truncated PDF', async () => {
    const good = await threePagePdf()
    expect(await attempt('cut.pdf', good.subarray(0, 200), 0.1, 'pdf')).toEqual({
      code: 'INVALID_FILE',
      reason: 'sign.pdf-corrupt',
    })
  })

  it('a PDF whose page tree claims 100 000 pages', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([595, 842])
    doc.catalog.lookup(PDFName.of('Pages'), PDFDict).set(PDFName.of('Count'), PDFNumber.of(100_000))
    expect(await attempt('claims.pdf', await doc.save(), 0.1, 'pdf')).toEqual({
      code: 'INVALID_FILE',
      reason: 'sign.pdf-too-many-pages',
    })
  })

  it('a placement that sticks out of the page', async () => {
    expect(await attempt('ok.jpg', await plainImage(600, 400), 0.9)).toEqual({
      code: 'VALIDATION',
      reason: 'sign.outside-page',
    })
  })

  it('a PNG that is really a JPEG still signs (content decides, not the name)', async () => {
    const dir = tempDir()
    const bytes = await plainImage(300, 200)
    expect((await sharp(bytes).metadata()).format).toBe('jpeg')
    writeFileSync(join(dir, 'x.png'), bytes)
  })
})
