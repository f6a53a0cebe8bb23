import { parseInkColor } from './ink-color'
import type { InkPath, SignatureArt } from './ink-art'

export interface StrokePoint {
  x: number
  y: number
  time: number
}

export interface Stroke {
  penColor: string
  dotSize: number
  minWidth: number
  maxWidth: number
  velocityFilterWeight: number
  points: StrokePoint[]
}

const PAD = 2
const round = (n: number) => Math.round(n * 100) / 100

/**
 * Width at each point the way a fountain pen behaves: fast strokes are thinner. The velocity is
 * smoothed with the stroke's filter weight, as the pad did while drawing.
 */
function pointWidths(stroke: Stroke): number[] {
  const widths: number[] = []
  let velocity = 0
  stroke.points.forEach((p, i) => {
    const prev = stroke.points[i - 1]
    if (prev) {
      const dt = Math.max(1, p.time - prev.time)
      const v = Math.hypot(p.x - prev.x, p.y - prev.y) / dt
      velocity = stroke.velocityFilterWeight * v + (1 - stroke.velocityFilterWeight) * velocity
    }
    widths.push(Math.max(stroke.maxWidth / (velocity + 1), stroke.minWidth))
  })
  // The first point has no velocity yet; give it its neighbour's width so strokes start cleanly.
  if (widths.length > 1) widths[0] = widths[1] as number
  return widths
}

/** Catmull-Rom through the points, as cubic Bézier segments: [start, c1, c2, end]. */
function smoothSegments(points: StrokePoint[]): Array<[StrokePoint, StrokePoint, StrokePoint, StrokePoint]> {
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))] as StrokePoint
  const out: Array<[StrokePoint, StrokePoint, StrokePoint, StrokePoint]> = []
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = at(i - 1)
    const p1 = at(i)
    const p2 = at(i + 1)
    const p3 = at(i + 2)
    const c1 = { x: p1.x + (p2.x - p0.x) / 6, y: p1.y + (p2.y - p0.y) / 6, time: 0 }
    const c2 = { x: p2.x - (p3.x - p1.x) / 6, y: p2.y - (p3.y - p1.y) / 6, time: 0 }
    out.push([p1, c1, c2, p2])
  }
  return out
}

function circlePath(x: number, y: number, r: number): string {
  return `M${round(x - r)} ${round(y)}a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0Z`
}

/**
 * signature_pad's `toData()` strokes as vector art, trimmed to the ink: each stroke becomes
 * smooth Bézier segments whose widths follow the pen's speed, grouped into one path per colour
 * and width (quantised), so the output stays small and is drawn at any resolution.
 */
export function strokesToArt(strokes: readonly Stroke[]): Extract<SignatureArt, { kind: 'vector' }> {
  const buckets = new Map<string, { color: string; width: number; d: string[] }>()
  const dots: InkPath[] = []
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  const grow = (x: number, y: number, half: number) => {
    minX = Math.min(minX, x - half)
    minY = Math.min(minY, y - half)
    maxX = Math.max(maxX, x + half)
    maxY = Math.max(maxY, y + half)
  }
  for (const stroke of strokes) {
    const color = parseInkColor(stroke.penColor) ?? '#000000'
    const widths = pointWidths(stroke)
    if (stroke.points.length === 1) {
      const p = stroke.points[0] as StrokePoint
      const r = stroke.dotSize > 0 ? stroke.dotSize / 2 : (stroke.minWidth + stroke.maxWidth) / 4
      dots.push({ d: circlePath(p.x, p.y, r), fill: color })
      grow(p.x, p.y, r)
      continue
    }
    smoothSegments(stroke.points).forEach(([p1, c1, c2, p2], i) => {
      const width = Math.round((((widths[i] as number) + (widths[i + 1] as number)) / 2) * 20) / 20
      const key = `${color}/${width}`
      const bucket = buckets.get(key) ?? { color, width, d: [] }
      buckets.set(key, bucket)
      bucket.d.push(
        `M${round(p1.x)} ${round(p1.y)}C${round(c1.x)} ${round(c1.y)} ${round(c2.x)} ${round(c2.y)} ${round(p2.x)} ${round(p2.y)}`,
      )
      for (const p of [p1, c1, c2, p2]) grow(p.x, p.y, width / 2)
    })
  }
  const paths: InkPath[] = [
    ...[...buckets.values()].map((b) => ({ d: b.d.join(''), stroke: b.color, strokeWidth: b.width })),
    ...dots,
  ]
  return {
    kind: 'vector',
    minX: round(minX - PAD),
    minY: round(minY - PAD),
    width: round(maxX - minX + 2 * PAD),
    height: round(maxY - minY + 2 * PAD),
    paths,
  }
}
