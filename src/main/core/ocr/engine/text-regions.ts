import type { Point, RotatedRect } from './raster'

/** A pixel counts as text when the detector's probability is above this… */
const PIXEL_THRESHOLD = 0.3
/** …and a region counts when its pixels average at least this (PP-OCR's box threshold). */
const REGION_THRESHOLD = 0.6
/** Regions are grown by area × ratio / perimeter, undoing the detector's shrunk text kernels. */
const UNCLIP_RATIO = 1.5
/** Regions thinner than this (detector pixels) are noise. */
const MIN_SIDE = 3
/** More regions than this on one page is noise (a photo, a halftone), not text. */
const MAX_REGIONS = 4000

/** A detected text region in detector pixels, with its mean probability. */
export interface TextRegion {
  rect: RotatedRect
  score: number
}

/**
 * DB post-processing: thresholds the probability map, labels connected regions, fits the
 * smallest rotated rectangle around each and grows it back to the text's full extent.
 */
export function textRegions(prob: Float32Array, width: number, height: number): TextRegion[] {
  const labels = new Int32Array(width * height)
  const regions: TextRegion[] = []
  const stack: number[] = []
  let next = 0
  for (let start = 0; start < prob.length; start++) {
    if (labels[start] !== 0 || (prob[start] as number) <= PIXEL_THRESHOLD) continue
    next++
    labels[start] = next
    stack.push(start)
    // Per row of the region, its leftmost and rightmost pixel: enough for the convex hull.
    const rows = new Map<number, [number, number]>()
    let sum = 0
    let count = 0
    while (stack.length > 0) {
      const p = stack.pop() as number
      const x = p % width
      const y = (p - x) / width
      sum += prob[p] as number
      count++
      const row = rows.get(y)
      if (!row) rows.set(y, [x, x])
      else if (x < row[0]) row[0] = x
      else if (x > row[1]) row[1] = x
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy
        if (yy < 0 || yy >= height) continue
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx
          if (xx < 0 || xx >= width) continue
          const q = yy * width + xx
          if (labels[q] === 0 && (prob[q] as number) > PIXEL_THRESHOLD) {
            labels[q] = next
            stack.push(q)
          }
        }
      }
    }
    const score = sum / count
    if (count < 4 || score < REGION_THRESHOLD) continue
    const corners: Point[] = []
    for (const [y, [x0, x1]] of rows) {
      corners.push({ x: x0, y }, { x: x0, y: y + 1 }, { x: x1 + 1, y }, { x: x1 + 1, y: y + 1 })
    }
    const rect = minAreaRect(convexHull(corners))
    if (Math.min(rect.width, rect.height) < MIN_SIDE) continue
    const grow = (rect.width * rect.height * UNCLIP_RATIO) / (2 * (rect.width + rect.height))
    const grown = { ...rect, width: rect.width + 2 * grow, height: rect.height + 2 * grow }
    if (Math.min(grown.width, grown.height) < MIN_SIDE + 2) continue
    regions.push({ rect: grown, score })
    if (regions.length > MAX_REGIONS) break
  }
  return regions
}

/** Andrew's monotone chain; returns the hull counter-clockwise (in y-down pixels). */
export function convexHull(points: Point[]): Point[] {
  const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y)
  if (pts.length < 3) return pts
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
  const lower: Point[] = []
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower.at(-2) as Point, lower.at(-1) as Point, p) <= 0) lower.pop()
    lower.push(p)
  }
  const upper: Point[] = []
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i] as Point
    while (upper.length >= 2 && cross(upper.at(-2) as Point, upper.at(-1) as Point, p) <= 0) upper.pop()
    upper.push(p)
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)]
}

/**
 * The smallest rectangle around a convex polygon (one side lies on a hull edge), turned so that
 * its width runs along the text: the angle kept within ±45°, width and height swapped to match.
 */
export function minAreaRect(hull: Point[]): RotatedRect {
  let best: RotatedRect | null = null
  let bestArea = Infinity
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i] as Point
    const b = hull[(i + 1) % hull.length] as Point
    const len = Math.hypot(b.x - a.x, b.y - a.y)
    if (len === 0) continue
    const ux = (b.x - a.x) / len
    const uy = (b.y - a.y) / len
    let minU = Infinity
    let maxU = -Infinity
    let minV = Infinity
    let maxV = -Infinity
    for (const p of hull) {
      const u = p.x * ux + p.y * uy
      const v = -p.x * uy + p.y * ux
      minU = Math.min(minU, u)
      maxU = Math.max(maxU, u)
      minV = Math.min(minV, v)
      maxV = Math.max(maxV, v)
    }
    const area = (maxU - minU) * (maxV - minV)
    if (area < bestArea) {
      bestArea = area
      const cu = (minU + maxU) / 2
      const cv = (minV + maxV) / 2
      best = {
        cx: cu * ux - cv * uy,
        cy: cu * uy + cv * ux,
        width: maxU - minU,
        height: maxV - minV,
        angle: Math.atan2(uy, ux),
      }
    }
  }
  if (!best) {
    const p = hull[0] ?? { x: 0, y: 0 }
    return { cx: p.x, cy: p.y, width: 0, height: 0, angle: 0 }
  }
  return uprightRect(best)
}

/** The same rectangle described with its angle in (−45°, 45°]. */
export function uprightRect(r: RotatedRect): RotatedRect {
  let { width, height, angle } = r
  const quarter = Math.PI / 2
  while (angle > quarter / 2) {
    angle -= quarter
    ;[width, height] = [height, width]
  }
  while (angle <= -quarter / 2) {
    angle += quarter
    ;[width, height] = [height, width]
  }
  return { cx: r.cx, cy: r.cy, width, height, angle }
}
