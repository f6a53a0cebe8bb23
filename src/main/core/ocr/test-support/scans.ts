import { crc32 } from 'node:zlib'
import { PDFDocument, PDFHexString, degrees } from 'pdf-lib'
import sharp from 'sharp'

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

export interface TextImageOptions {
  width?: number
  height?: number
  fontSize?: number
  font?: string
  /** Left margin and first baseline (pixels). */
  left?: number
  top?: number
}

/** A white picture with lines of printed text (system fonts through librsvg), as PNG. */
export async function textImage(lines: readonly string[], o: TextImageOptions = {}): Promise<Buffer> {
  const width = o.width ?? 1400
  const size = o.fontSize ?? 44
  const height = o.height ?? Math.round((lines.length + 1) * size * 1.9)
  const top = o.top ?? size * 1.6
  const text = lines
    .map(
      (line, i) =>
        `<text x="${o.left ?? 60}" y="${Math.round(top + i * size * 1.8)}" font-family="${o.font ?? 'Noto Sans CJK SC'}" font-size="${size}" fill="#111">${escapeXml(line)}</text>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** A "scanned" PDF: each picture drawn over a whole A4 page, as a scanner writes it. */
export async function scannedPdf(pictures: readonly Buffer[], rotate: number[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (const [i, picture] of pictures.entries()) {
    const jpeg = await sharp(picture).flatten({ background: '#fff' }).jpeg({ quality: 85 }).toBuffer()
    const image = await doc.embedJpg(jpeg)
    const page = doc.addPage([595.28, 841.89])
    page.drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 })
    if (rotate[i]) page.setRotation(degrees(rotate[i] as number))
  }
  return doc.save()
}

/** A PDF whose trailer names a standard security handler that no empty password opens. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage([200, 200])
  const encrypt = doc.context.obj({
    Filter: 'Standard',
    V: 1,
    R: 2,
    O: PDFHexString.of('11'.repeat(32)),
    U: PDFHexString.of('22'.repeat(32)),
    P: -4,
  })
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt)
  doc.context.trailerInfo.ID = doc.context.obj([
    PDFHexString.of('ab'.repeat(16)),
    PDFHexString.of('ab'.repeat(16)),
  ])
  return doc.save({ useObjectStreams: false })
}

/** A PNG header that claims 30000 × 30000 pixels (the bytes after it do not matter: it is refused first). */
export function pixelBombPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body) >>> 0)
    return Buffer.concat([length, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(30000, 0)
  ihdr.writeUInt32BE(30000, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 2 // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.alloc(16)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
