import sharp, { type Metadata } from 'sharp'
import { userError } from '../../../shared/app-error'

/** Images larger than this are refused before decoding: a pixel bomb must not eat the memory. */
export const MAX_INPUT_PIXELS = 150_000_000

const READABLE = new Set(['jpeg', 'png', 'webp', 'tiff', 'gif', 'heif', 'avif'])

export interface ImageFacts {
  format: string
  /** Size with the EXIF orientation applied: what the user sees. */
  width: number
  height: number
  orientation: number
  density?: number
  hasIcc: boolean
}

/** What a signed copy of an image is written as unless the user picks otherwise. */
export function defaultImageFormat(format: string): 'jpeg' | 'png' {
  return format === 'png' || format === 'tiff' || format === 'gif' ? 'png' : 'jpeg'
}

/** Options every decode of a user's image uses: the pixel limit, auto-orientation, strict decoding. */
export const imageReadOptions = {
  limitInputPixels: MAX_INPUT_PIXELS,
  autoOrient: true,
  failOn: 'error',
} as const

/** A sharp failure while decoding a user's image, as the error the user reads. */
export function imageError(error: unknown, name: string): Error {
  const message = error instanceof Error ? error.message : String(error)
  if (/pixel limit/i.test(message))
    return userError('INVALID_FILE', 'sign.pixel-bomb', `${name} has more pixels than Paperdesk will open`, {
      name,
      limit: MAX_INPUT_PIXELS / 1_000_000,
    })
  if (/unsupported image format|bad seek|not a known file format/i.test(message))
    return userError('INVALID_FILE', 'sign.not-an-image', `${name} is not an image Paperdesk can read`, {
      name,
    })
  // libvips explains a damaged file in several lines of its internals; the user gets one line.
  return userError('INVALID_FILE', 'sign.image-corrupt', `${name} is damaged or incomplete`, { name })
}

/**
 * Reads what an image file is without decoding its pixels: refuses other formats (a PDF or a text
 * file named .jpg) and pixel bombs before any memory is spent on them.
 */
export async function readImageFacts(bytes: Buffer, name: string): Promise<ImageFacts> {
  let meta: Metadata
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch (error) {
    throw imageError(error, name)
  }
  if (!meta.format || !READABLE.has(meta.format) || !meta.width || !meta.height)
    throw userError('INVALID_FILE', 'sign.not-an-image', `${name} is not an image Paperdesk can read`, {
      name,
    })
  if (meta.width * meta.height > MAX_INPUT_PIXELS) throw imageError(new Error('pixel limit'), name)
  const orientation = meta.orientation ?? 1
  const turned = orientation >= 5
  return {
    format: meta.format,
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
    orientation,
    ...(meta.density && meta.density >= 20 ? { density: meta.density } : {}),
    hasIcc: meta.icc !== undefined,
  }
}
