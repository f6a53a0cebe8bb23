import sharp, { type OutputInfo } from 'sharp'
import type { InkOptions } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { colorComponents } from './ink-color'
import { imageError, imageReadOptions } from './image-input'

export type ParsedInkOptions = Required<InkOptions>

// Levels of luminance over which ink fades out, so edges stay smooth instead of jagged.
const SOFT_EDGE = 28
const PAD = 4

/**
 * The paper's own brightness around each pixel: the brightest value of each block (blocks wider
 * than a pen stroke, so strokes vanish), smoothed and grown back to full size. What remains is
 * the light falling on the paper, shadows and gradients included.
 */
async function paperLight(grey: Buffer, width: number, height: number): Promise<Buffer> {
  const block = Math.max(8, Math.round(Math.max(width, height) / 60))
  const bw = Math.ceil(width / block)
  const bh = Math.ceil(height / block)
  const brightest = Buffer.alloc(bw * bh)
  for (let y = 0; y < height; y++) {
    const row = Math.floor(y / block) * bw
    for (let x = 0; x < width; x++) {
      const i = row + Math.floor(x / block)
      const v = grey[y * width + x] as number
      if (v > (brightest[i] as number)) brightest[i] = v
    }
  }
  return sharp(brightest, { raw: { width: bw, height: bh, channels: 1 } })
    .blur(1)
    .resize(width, height, { fit: 'fill' })
    .extractChannel(0)
    .raw()
    .toBuffer()
}

/**
 * A photo of a signature on paper as transparent ink: each pixel is compared with the paper's
 * light around it (so a shadow across the page is not ink), pixels darker than the threshold
 * become the chosen colour with soft edges, everything else transparent, trimmed to the ink.
 * `maxEdge` bounds the result (live preview vs. saved ink).
 */
export async function inkFromPhoto(
  photo: Buffer,
  options: ParsedInkOptions,
  maxEdge: number,
  name = 'photo',
): Promise<{ png: Buffer; width: number; height: number }> {
  let raw: { data: Buffer; info: OutputInfo }
  try {
    raw = await sharp(photo, imageReadOptions)
      .rotate(options.rotate)
      .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .greyscale()
      .extractChannel(0)
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch (error) {
    throw imageError(error, name)
  }
  const { width, height, channels } = raw.info
  const light = await paperLight(raw.data, width, height)
  const [r, g, b] = colorComponents(options.color).map((c) => Math.round(c * 255)) as [number, number, number]
  const alpha = new Uint8Array(width * height)
  let left = width
  let top = height
  let right = -1
  let bottom = -1
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x
      // Brightness relative to the paper here: paper reads 255 in sun or shade, ink stays dark.
      const lum = Math.min(255, ((raw.data[i * channels] as number) * 255) / Math.max(1, light[i] as number))
      const a = Math.max(0, Math.min(255, Math.round(((options.threshold - lum) * 255) / SOFT_EDGE)))
      alpha[i] = a
      if (a > 24) {
        if (x < left) left = x
        if (x > right) right = x
        if (y < top) top = y
        if (y > bottom) bottom = y
      }
    }
  }
  if (right < 0)
    throw userError(
      'INVALID_FILE',
      'sign.paper-no-ink',
      'no ink was found at this threshold; move the slider',
    )
  left = Math.max(0, left - PAD)
  top = Math.max(0, top - PAD)
  right = Math.min(width - 1, right + PAD)
  bottom = Math.min(height - 1, bottom + PAD)
  const w = right - left + 1
  const h = bottom - top + 1
  const rgba = Buffer.alloc(w * h * 4)
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 4
      rgba[o] = r
      rgba[o + 1] = g
      rgba[o + 2] = b
      rgba[o + 3] = alpha[(y + top) * width + x + left] as number
    }
  }
  const png = await sharp(rgba, { raw: { width: w, height: h, channels: 4 } })
    .png()
    .toBuffer()
  return { png, width: w, height: h }
}
