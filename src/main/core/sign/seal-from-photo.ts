import sharp, { type OutputInfo } from 'sharp'
import { SealOptionsSchema, type SealOptions } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { imageError, imageReadOptions } from './image-input'

/** The size a live preview works at (fast enough to follow a slider), and the size a seal is kept at. */
export const SEAL_PREVIEW_EDGE = 480
export const SEAL_SAVE_EDGE = 1600

// Hues this far from the chosen one still count as the seal's ink (a stamp pad's red drifts
// towards orange and magenta, and a photo's white balance moves it further).
const HUE_TOLERANCE = 35
// Chroma over which ink fades in above the threshold, so edges stay smooth.
const SOFT_EDGE = 40
const PAD = 4
// Fewer ink pixels than this share of the picture is no seal (a speck of red, a red pen mark).
const MIN_INK_SHARE = 0.002

export interface LiftedSeal {
  /** The seal on transparency, trimmed to its ink. */
  png: Buffer
  width: number
  height: number
  /** The seal's own ink colour, `#rrggbb`, as measured in the photo. */
  color: string
  /** Share of the picture's pixels that were ink. */
  inkShare: number
  /** Where the trimmed seal sat in the picture as worked on (the photo fitted in `maxEdge`). */
  crop: { left: number; top: number; pictureWidth: number; pictureHeight: number }
}

const hueDistance = (a: number, b: number) => {
  const d = Math.abs(a - b) % 360
  return d > 180 ? 360 - d : d
}

function hueOf(r: number, g: number, b: number, max: number, chroma: number): number {
  if (chroma === 0) return 0
  let h: number
  if (max === r) h = ((g - b) / chroma) % 6
  else if (max === g) h = (b - r) / chroma + 2
  else h = (r - g) / chroma + 4
  return (h * 60 + 360) % 360
}

/**
 * A photo or scan of a seal as a transparent seal in its own colour: a pixel is ink when its hue
 * is near the chosen one and it is more strongly coloured than the threshold, so white (or
 * yellowed) paper and black print — both nearly colourless — drop out, while the red stays. The
 * ink keeps one colour, measured from the photo's most strongly coloured ink, and a smooth alpha
 * edge. `maxEdge` bounds the work: SEAL_PREVIEW_EDGE for a live preview, SEAL_SAVE_EDGE to keep.
 */
export async function sealFromPhoto(
  photo: Buffer,
  options: SealOptions = {},
  maxEdge = SEAL_SAVE_EDGE,
  name = 'photo',
): Promise<LiftedSeal> {
  const { hue, threshold } = SealOptionsSchema.parse(options)
  let raw: { data: Buffer; info: OutputInfo }
  try {
    raw = await sharp(photo, imageReadOptions)
      .resize({ width: maxEdge, height: maxEdge, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch (error) {
    throw imageError(error, name)
  }
  const { width, height, channels } = raw.info
  const px = raw.data
  const chromaOf = new Uint8Array(width * height)
  let inkCount = 0
  for (let i = 0; i < width * height; i++) {
    const r = px[i * channels] as number
    const g = px[i * channels + 1] as number
    const b = px[i * channels + 2] as number
    const max = Math.max(r, g, b)
    const chroma = max - Math.min(r, g, b)
    if (chroma > threshold / 2 && hueDistance(hueOf(r, g, b, max, chroma), hue) <= HUE_TOLERANCE) {
      chromaOf[i] = chroma
      if (chroma > threshold) inkCount++
    }
  }
  if (inkCount < MIN_INK_SHARE * width * height)
    throw userError('INVALID_FILE', 'sign.seal-no-red', `no seal ink of this colour was found in ${name}`, {
      name,
    })

  // The ink's colour: the mean of its most strongly coloured quarter (the pad's ink, not the
  // paper-tinted edges).
  const histogram = new Uint32Array(256)
  for (const c of chromaOf) if (c > threshold) histogram[c] = (histogram[c] as number) + 1
  let cut = 255
  for (let seen = 0; cut > threshold && seen < inkCount / 4; cut--) seen += histogram[cut] as number
  const sum = [0, 0, 0]
  let n = 0
  for (let i = 0; i < width * height; i++) {
    if ((chromaOf[i] as number) < cut) continue
    for (let c = 0; c < 3; c++) sum[c] = (sum[c] as number) + (px[i * channels + c] as number)
    n++
  }
  const ink = sum.map((v) => Math.round(v / Math.max(1, n))) as [number, number, number]

  const alpha = new Uint8Array(width * height)
  let left = width
  let top = height
  let right = -1
  let bottom = -1
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = y * width + x
      const a = Math.max(
        0,
        Math.min(255, Math.round((((chromaOf[i] as number) - threshold / 2) * 255) / SOFT_EDGE)),
      )
      alpha[i] = a
      if (a > 24) {
        left = Math.min(left, x)
        right = Math.max(right, x)
        top = Math.min(top, y)
        bottom = Math.max(bottom, y)
      }
    }
  left = Math.max(0, left - PAD)
  top = Math.max(0, top - PAD)
  right = Math.min(width - 1, right + PAD)
  bottom = Math.min(height - 1, bottom + PAD)
  const w = right - left + 1
  const h = bottom - top + 1
  const rgba = Buffer.alloc(w * h * 4)
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 4
      rgba[o] = ink[0]
      rgba[o + 1] = ink[1]
      rgba[o + 2] = ink[2]
      rgba[o + 3] = alpha[(y + top) * width + x + left] as number
    }
  const png = await sharp(rgba, { raw: { width: w, height: h, channels: 4 } })
    .png()
    .toBuffer()
  const hex = `#${ink.map((v) => v.toString(16).padStart(2, '0')).join('')}`
  return {
    png,
    width: w,
    height: h,
    color: hex,
    inkShare: inkCount / (width * height),
    crop: { left, top, pictureWidth: width, pictureHeight: height },
  }
}
