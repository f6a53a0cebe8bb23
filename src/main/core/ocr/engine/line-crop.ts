import type { RgbImage, RotatedRect } from './raster'

/** Recognition reads lines this many pixels high (PP-OCRv4's input height). */
export const LINE_HEIGHT = 48
/** A line wider than this (after scaling to the line height) is squeezed to it. */
const MAX_LINE_WIDTH = LINE_HEIGHT * 40

/**
 * The pixels of one text line, straightened: the rotated rectangle sampled onto an upright strip
 * `LINE_HEIGHT` high, as wide as the line's proportions ask. Where the line is drawn larger than
 * the strip, each strip pixel averages a few source samples, so thin strokes are not lost.
 */
export function cropLine(img: RgbImage, rect: RotatedRect): RgbImage {
  const height = LINE_HEIGHT
  const width = Math.max(8, Math.min(MAX_LINE_WIDTH, Math.round((rect.width / rect.height) * height)))
  const data = new Uint8Array(width * height * 3)
  const cos = Math.cos(rect.angle)
  const sin = Math.sin(rect.angle)
  const stepU = rect.width / width
  const stepV = rect.height / height
  // Samples per strip pixel along each axis: enough that no source pixel is skipped.
  const su = Math.max(1, Math.min(3, Math.round(stepU)))
  const sv = Math.max(1, Math.min(3, Math.round(stepV)))
  const weight = 1 / (su * sv)
  const rgb = [0, 0, 0]
  const { data: src, width: w, height: h } = img
  for (let j = 0; j < height; j++) {
    for (let i = 0; i < width; i++) {
      let r = 0
      let g = 0
      let b = 0
      for (let a = 0; a < sv; a++) {
        const v = (j + (a + 0.5) / sv) * stepV - rect.height / 2
        for (let k = 0; k < su; k++) {
          const u = (i + (k + 0.5) / su) * stepU - rect.width / 2
          bilinear(src, w, h, rect.cx + u * cos - v * sin - 0.5, rect.cy + u * sin + v * cos - 0.5, rgb)
          r += rgb[0] as number
          g += rgb[1] as number
          b += rgb[2] as number
        }
      }
      const o = (j * width + i) * 3
      data[o] = r * weight
      data[o + 1] = g * weight
      data[o + 2] = b * weight
    }
  }
  return { data, width, height }
}

/** Bilinear sample of the three channels at (x, y) into `out`; outside the image is white paper. */
function bilinear(src: Uint8Array, w: number, h: number, x: number, y: number, out: number[]): void {
  const x0 = Math.floor(x)
  const y0 = Math.floor(y)
  const fx = x - x0
  const fy = y - y0
  if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
    for (let c = 0; c < 3; c++) out[c] = edgeSample(src, w, h, x0, y0, fx, fy, c)
    return
  }
  const p = (y0 * w + x0) * 3
  const q = p + w * 3
  for (let c = 0; c < 3; c++) {
    const top = (src[p + c] as number) * (1 - fx) + (src[p + 3 + c] as number) * fx
    const bottom = (src[q + c] as number) * (1 - fx) + (src[q + 3 + c] as number) * fx
    out[c] = top * (1 - fy) + bottom * fy
  }
}

function edgeSample(
  src: Uint8Array,
  w: number,
  h: number,
  x0: number,
  y0: number,
  fx: number,
  fy: number,
  c: number,
) {
  const at = (x: number, y: number) =>
    x < 0 || y < 0 || x >= w || y >= h ? 255 : (src[(y * w + x) * 3 + c] as number)
  const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx
  const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx
  return top * (1 - fy) + bottom * fy
}

/** The strip turned half a turn (a line the direction classifier found upside down). */
export function turnHalf(img: RgbImage): RgbImage {
  const data = new Uint8Array(img.data.length)
  const pixels = img.width * img.height
  for (let p = 0; p < pixels; p++) {
    const q = pixels - 1 - p
    data[q * 3] = img.data[p * 3] as number
    data[q * 3 + 1] = img.data[p * 3 + 1] as number
    data[q * 3 + 2] = img.data[p * 3 + 2] as number
  }
  return { data, width: img.width, height: img.height }
}

/**
 * Writes strips into one NCHW float tensor `count × 3 × LINE_HEIGHT × width` (BGR planes), each scaled to
 * `(x/255 − 0.5)/0.5`, squeezed horizontally to fit when wider, and padded with zeros (mid grey).
 */
export function stripTensor(strips: readonly RgbImage[], width: number): Float32Array {
  const h = LINE_HEIGHT
  const plane = h * width
  const out = new Float32Array(strips.length * 3 * plane)
  strips.forEach((strip, n) => {
    const w = Math.min(width, strip.width)
    const scale = strip.width / w
    const base = n * 3 * plane
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const sx = Math.min(strip.width - 1, Math.floor((x + 0.5) * scale))
        const s = (y * strip.width + sx) * 3
        // PP-OCR was trained on OpenCV's BGR order: plane 0 is blue.
        for (let c = 0; c < 3; c++)
          out[base + c * plane + y * width + x] = (strip.data[s + 2 - c] as number) / 127.5 - 1
      }
    }
  })
  return out
}
