import { deflateSync } from 'node:zlib'
import type { PDFDocument, PDFRef } from 'pdf-lib'
import sharp from 'sharp'

// A transparent ink (a seal, a photographed signature) as a PDF image with a soft mask. pdf-lib's
// embedPng keeps every pixel's colour as decoded, and where the ink fades out (the anti-aliased
// edge) those colours are rounding noise: an 800×800 one-colour seal then costs 40 KB in the PDF
// against 35 KB as a PNG — over a 骑缝章's budget ("input + 10 % + one copy of the seal") that
// noise is the whole margin. Here the colour is written only where it can be seen.

// A fading edge pixel whose colour is within this of the last solid pixel's takes that colour:
// the difference is the rounding of un-premultiplying, not another ink.
const EDGE_NOISE = 16

/** The colour plane (RGB) and the soft mask (alpha) of an RGBA image, colour noise under the fade dropped. */
export function splitInk(data: Uint8Array, width: number, height: number): { rgb: Buffer; alpha: Buffer } {
  const pixels = width * height
  const rgb = Buffer.alloc(pixels * 3)
  const alpha = Buffer.alloc(pixels)
  let solid = 0
  while (solid < pixels - 1 && (data[solid * 4 + 3] as number) < 255) solid++
  for (let i = 0; i < pixels; i++) {
    const a = data[i * 4 + 3] as number
    alpha[i] = a
    if (a === 255) solid = i
    let near = a === 0
    if (!near && a < 255) {
      near = true
      for (let c = 0; c < 3; c++)
        if (Math.abs((data[i * 4 + c] as number) - (data[solid * 4 + c] as number)) > EDGE_NOISE) near = false
    }
    for (let c = 0; c < 3; c++) rgb[i * 3 + c] = (near ? data[solid * 4 + c] : data[i * 4 + c]) as number
  }
  return { rgb, alpha }
}

/** Embeds a transparent PNG ink as an image XObject with its soft mask; written at once. */
export async function embedInkImage(doc: PDFDocument, png: Buffer): Promise<PDFRef> {
  const { data, info } = await sharp(png, { limitInputPixels: 40_000_000 })
    .ensureAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true })
  const { width, height } = info
  const { rgb, alpha } = splitInk(data, width, height)
  const image = (plane: Buffer, colorSpace: 'DeviceRGB' | 'DeviceGray', extra: Record<string, PDFRef>) =>
    doc.context.register(
      doc.context.stream(deflateSync(plane, { level: 9 }), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: width,
        Height: height,
        ColorSpace: colorSpace,
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
        ...extra,
      }),
    )
  return image(rgb, 'DeviceRGB', { SMask: image(alpha, 'DeviceGray', {}) })
}
