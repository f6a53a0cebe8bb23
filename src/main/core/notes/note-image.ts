import { userError } from '../../../shared/errors'

/** Images larger than this (bytes) are refused before sharp looks at them. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024
/** A decompression bomb is refused by pixel count, whatever its file size. */
const MAX_IMAGE_PIXELS = 100_000_000

/** Formats Chromium shows as they are; anything else sharp can read is stored as PNG. */
const KEPT: Readonly<Record<string, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
}

export interface CheckedImage {
  data: Uint8Array
  mime: string
  width: number
  height: number
}

/**
 * Checks with sharp that `data` really is an image before it becomes an asset; TIFF, HEIF, AVIF,
 * SVG and the like are converted to PNG (an SVG never reaches the page as SVG, so it cannot run).
 */
export async function checkImage(data: Uint8Array): Promise<CheckedImage> {
  if (data.byteLength === 0) throw notAnImage()
  if (data.byteLength > MAX_IMAGE_BYTES) {
    throw userError('INVALID_FILE', 'notes.image-too-large', 'the image is larger than 25 MB', {
      limitMb: 25,
    })
  }
  const { default: sharp } = await import('sharp')
  const options = { limitInputPixels: MAX_IMAGE_PIXELS, animated: true }
  let meta
  try {
    meta = await sharp(data, options).metadata()
  } catch (error) {
    if (/pixel limit/i.test(String(error))) throw tooManyPixels()
    throw notAnImage()
  }
  const width = meta.width ?? 0
  const height = meta.pageHeight ?? meta.height ?? 0
  if (!meta.format || width === 0 || height === 0) throw notAnImage()
  if (width * height > MAX_IMAGE_PIXELS) throw tooManyPixels()
  const kept = KEPT[meta.format]
  if (kept) return { data, mime: kept, width, height }
  try {
    const png = await sharp(data, { limitInputPixels: MAX_IMAGE_PIXELS }).png().toBuffer()
    return { data: new Uint8Array(png), mime: 'image/png', width, height }
  } catch {
    throw notAnImage()
  }
}

function notAnImage() {
  return userError('INVALID_FILE', 'notes.not-an-image', 'the file is not an image Paperdesk can read')
}

function tooManyPixels() {
  return userError('INVALID_FILE', 'notes.image-too-many-pixels', 'the image has too many pixels')
}

/** The bytes of a `data:image/…;base64,` URL, or null if it is not one. */
export function decodeDataImage(url: string): Uint8Array | null {
  const match = /^data:image\/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=\s]*)$/i.exec(url)
  if (!match) return null
  return new Uint8Array(Buffer.from((match[1] as string).replace(/\s+/g, ''), 'base64'))
}
