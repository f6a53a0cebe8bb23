import sharp, { type Metadata } from 'sharp'
import { userError } from '../../../../shared/app-error'
import type { RgbImage } from '../engine/raster'

/** An image with more pixels than this is refused before it is decoded (a pixel bomb). */
export const MAX_IMAGE_PIXELS = 100_000_000
/** Larger images are read scaled down to this longer side: their text is large enough. */
const MAX_READ_SIDE = 6000

export interface LoadedImage {
  image: RgbImage
  /** The image's own size (EXIF orientation applied): boxes are given in these pixels. */
  width: number
  height: number
  /** Image pixels per pixel of `image`. */
  scale: number
}

/** Decodes an image file for OCR: oriented as it is shown, transparent parts on white, as RGB. */
export async function loadImage(bytes: Uint8Array, name: string): Promise<LoadedImage> {
  let meta: Metadata
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw notAnImage(name)
  }
  if (!meta.format || !meta.width || !meta.height || meta.format === 'pdf' || meta.format === 'svg')
    throw notAnImage(name)
  if (meta.width * meta.height > MAX_IMAGE_PIXELS)
    throw userError('INVALID_FILE', 'ocr.pixel-bomb', '{{name}} has more pixels than Paperdesk will open', {
      name,
      limit: MAX_IMAGE_PIXELS / 1_000_000,
    })
  const turned = (meta.orientation ?? 1) >= 5
  const width = turned ? meta.height : meta.width
  const height = turned ? meta.width : meta.height
  const scale = Math.max(1, Math.max(width, height) / MAX_READ_SIDE)
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' })
      .rotate()
      .resize(Math.round(width / scale), Math.round(height / scale), { fit: 'fill' })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    return { image: { data, width: info.width, height: info.height }, width, height, scale }
  } catch (error) {
    throw userError('INVALID_FILE', 'ocr.image-damaged', '{{name}} is damaged or incomplete', {
      name,
      detail: error instanceof Error ? error.message : String(error),
    })
  }
}

export function notAnImage(name: string) {
  return userError('INVALID_FILE', 'ocr.not-an-image', '{{name}} is not an image or PDF Paperdesk can read', {
    name,
  })
}

/** RGBA pixels (a drawn PDF page) as the RGB the engine reads. */
export function rgbOf(rgba: Uint8ClampedArray, width: number, height: number): RgbImage {
  const data = new Uint8Array(width * height * 3)
  for (let p = 0, q = 0; p < data.length; p += 3, q += 4) {
    data[p] = rgba[q] as number
    data[p + 1] = rgba[q + 1] as number
    data[p + 2] = rgba[q + 2] as number
  }
  return { data, width, height }
}
