import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { degrees, PDFDocument, PDFName, PDFNumber, rgb } from 'pdf-lib'
import sharp from 'sharp'
import type { CheckedPointGroup } from '../../../../shared/contract/sign'

/** A signature-like scribble: two strokes across a 300×100 pad, as signature_pad records them. */
export function scribble(color = '#000000'): CheckedPointGroup[] {
  const stroke = (y0: number, phase: number) => ({
    penColor: color,
    dotSize: 0,
    minWidth: 0.5,
    maxWidth: 2.5,
    velocityFilterWeight: 0.7,
    points: Array.from({ length: 40 }, (_, i) => ({
      x: 10 + i * 7,
      y: y0 + Math.sin(i / 3 + phase) * 25,
      pressure: 0.5,
      time: i * 16,
    })),
  })
  return [stroke(50, 0), stroke(55, 1.5)]
}

/** A flat grey photo-like JPEG (or PNG), optionally with an EXIF orientation and a density. */
export async function plainImage(
  width: number,
  height: number,
  options: { format?: 'jpeg' | 'png'; orientation?: number; density?: number } = {},
): Promise<Buffer> {
  let img = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 205, b: 210 } } })
  if (options.orientation || options.density)
    img = img.withMetadata({
      ...(options.orientation ? { orientation: options.orientation } : {}),
      ...(options.density ? { density: options.density } : {}),
    })
  return options.format === 'png' ? img.png().toBuffer() : img.jpeg({ quality: 92 }).toBuffer()
}

/**
 * A 3-page PDF: page 1 plain A4, page 2 A4 with /Rotate 90, page 3 a MediaBox that starts at
 * (100, 200). Each page has a light grey frame so renders are not empty.
 */
export async function threePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const a = doc.addPage([595, 842])
  const b = doc.addPage([595, 842])
  b.setRotation(degrees(90))
  const c = doc.addPage([400, 300])
  c.setMediaBox(100, 200, 400, 300)
  for (const page of [a, b, c]) {
    const box = page.getMediaBox()
    page.drawRectangle({ ...box, borderColor: rgb(0.8, 0.8, 0.8), borderWidth: 2 })
  }
  return doc.save()
}

/** A PDF whose trailer says it is encrypted (what pdf-lib and readers check first). */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage([200, 200])
  const encrypt = doc.context.obj({ Filter: PDFName.of('Standard'), V: PDFNumber.of(2), R: PDFNumber.of(3) })
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt)
  return doc.save({ useObjectStreams: false })
}

/** Renders one page with pdftoppm (poppler) as greyscale pixels. */
export async function renderPdfPage(
  file: string,
  page: number,
  dir: string,
): Promise<{ width: number; height: number; data: Buffer }> {
  const prefix = join(dir, `render-${page}`)
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '50',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    prefix,
  ])
  const { data, info } = await sharp(readFileSync(`${prefix}.png`))
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return { width: info.width, height: info.height, data }
}

/** Darkest luminance inside a box given in fractions of the picture. */
export function darkestIn(
  img: { width: number; height: number; data: Buffer; channels?: number },
  box: { x: number; y: number; width: number; height: number },
): number {
  const ch = img.channels ?? 1
  let min = 255
  const x0 = Math.max(0, Math.floor(box.x * img.width))
  const x1 = Math.min(img.width, Math.ceil((box.x + box.width) * img.width))
  const y0 = Math.max(0, Math.floor(box.y * img.height))
  const y1 = Math.min(img.height, Math.ceil((box.y + box.height) * img.height))
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) min = Math.min(min, img.data[(y * img.width + x) * ch] as number)
  return min
}
