import type { EngineLine } from './engine/ocr-engine'

/** A box in page coordinates: x right, y down, from the page's top-left corner. */
export interface OcrBox {
  x: number
  y: number
  width: number
  height: number
}

/** One piece of text the detector found: its own box, angle and confidence. */
export interface OcrSpan {
  text: string
  confidence: number
  box: OcrBox
  /** Corners (top-left, top-right, bottom-right, bottom-left, along the text), page coordinates. */
  quad: [number, number][]
  /** Baseline angle in degrees, clockwise. */
  angle: number
}

/** A line as a reader reads it: the spans of one row of a column (a table row is one line). */
export interface OcrLine {
  text: string
  /** Mean confidence of its characters (0–1). */
  confidence: number
  box: OcrBox
  spans: OcrSpan[]
}

interface Item {
  span: OcrSpan
  /** Extents with the page's skew taken out. */
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * Puts what the engine read into reading order: blocks split at wide gaps (columns side by side
 * are read one after the other, top to bottom), rows inside a block read left to right. Cells of
 * a table (short pieces side by side whose rows line up) are read row by row, each row one line.
 */
export function readingOrder(lines: readonly EngineLine[], scale = 1): OcrLine[] {
  if (lines.length === 0) return []
  // A line turned half a turn (read upside down) leans the same way as its neighbours.
  const lean = (angle: number) => Math.atan(Math.tan(angle))
  const skew =
    median(lines.filter((l) => l.rect.width > 2 * l.rect.height).map((l) => lean(l.rect.angle))) ?? 0
  const cos = Math.cos(-skew)
  const sin = Math.sin(-skew)
  const items = lines.map((line): Item => {
    const x = line.rect.cx * cos - line.rect.cy * sin
    const y = line.rect.cx * sin + line.rect.cy * cos
    const { width: w, height: h } = line.rect
    return { span: toSpan(line, scale), left: x - w / 2, right: x + w / 2, top: y - h / 2, bottom: y + h / 2 }
  })
  const lineHeight = median(items.map((i) => i.bottom - i.top)) ?? 1
  return orderBlock(items, lineHeight).map((row) => toLine(row, lineHeight))
}

/** The rows of a block in reading order; each row's items left to right. */
function orderBlock(items: Item[], h: number): Item[][] {
  if (items.length <= 1) return items.length ? [items] : []
  const columns = splitAt(items, 'x', 1.2 * h)
  if (columns.length > 1 && !isTable(columns, h)) return columns.flatMap((part) => orderBlock(part, h))
  const bands = splitAt(items, 'y', 0.9 * h)
  if (bands.length > 1) return bands.flatMap((part) => orderBlock(part, h))
  return rowsOf(items)
}

/** Splits items at gaps of at least `gap` in their projection on one axis, in order along it. */
function splitAt(items: Item[], axis: 'x' | 'y', gap: number): Item[][] {
  const start = (i: Item) => (axis === 'x' ? i.left : i.top)
  const end = (i: Item) => (axis === 'x' ? i.right : i.bottom)
  const sorted = [...items].sort((a, b) => start(a) - start(b))
  const parts: Item[][] = []
  let reach = -Infinity
  for (const item of sorted) {
    if (parts.length === 0 || start(item) - reach >= gap) parts.push([])
    ;(parts.at(-1) as Item[]).push(item)
    reach = Math.max(reach, end(item))
  }
  return parts
}

/**
 * Side-by-side parts are a table, not columns of prose, when most rows have pieces in more than
 * one part and the parts' pieces are short against their part's width (prose fills its column).
 */
function isTable(parts: Item[][], h: number): boolean {
  const rows = rowsOf(parts.flat())
  const partOf = new Map<Item, number>()
  parts.forEach((part, n) => part.forEach((item) => partOf.set(item, n)))
  const shared = rows.filter((row) => new Set(row.map((i) => partOf.get(i))).size > 1).length
  if (shared < Math.max(2, rows.length * 0.6)) return false
  const prose = parts.filter((part) => {
    const width = Math.max(...part.map((i) => i.right)) - Math.min(...part.map((i) => i.left))
    const fill = median(part.map((i) => (i.right - i.left) / width)) ?? 0
    return rowsOf(part).length >= 3 && fill > 0.75 && width > 12 * h
  })
  return prose.length < 2
}

/** Groups items into rows by vertical overlap, top to bottom, each row left to right. */
function rowsOf(items: Item[]): Item[][] {
  const rows: Array<{ top: number; bottom: number; items: Item[] }> = []
  for (const item of [...items].sort((a, b) => a.top + a.bottom - b.top - b.bottom)) {
    const h = item.bottom - item.top
    const row = rows.find((r) => {
      const overlap = Math.min(r.bottom, item.bottom) - Math.max(r.top, item.top)
      return overlap >= 0.5 * Math.min(h, r.bottom - r.top)
    })
    if (row) {
      row.items.push(item)
      row.top = Math.min(row.top, item.top)
      row.bottom = Math.max(row.bottom, item.bottom)
    } else rows.push({ top: item.top, bottom: item.bottom, items: [item] })
  }
  return rows
    .sort((a, b) => a.top + a.bottom - b.top - b.bottom)
    .map((r) => r.items.sort((a, b) => a.left - b.left))
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

function toLine(row: Item[], h: number): OcrLine {
  let text = ''
  row.forEach((item, i) => {
    const previous = row[i - 1]
    if (previous) {
      // Pieces of Chinese split at a narrow gap join without a space; anything else gets one.
      const close = item.left - previous.right < 0.6 * h
      const cjk = CJK.test(previous.span.text.slice(-1)) && CJK.test(item.span.text.charAt(0))
      if (!(close && cjk)) text += ' '
    }
    text += item.span.text
  })
  const spans = row.map((i) => i.span)
  const chars = spans.reduce((n, s) => n + s.text.length, 0)
  const confidence = round(
    spans.reduce((sum, s) => sum + s.confidence * s.text.length, 0) / Math.max(1, chars),
    1000,
  )
  return { text, confidence, box: union(spans.map((s) => s.box)), spans }
}

function toSpan(line: EngineLine, scale: number): OcrSpan {
  const quad = line.quad.map((p): [number, number] => [round(p.x * scale), round(p.y * scale)])
  const xs = quad.map((p) => p[0])
  const ys = quad.map((p) => p[1])
  const box = {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: round(Math.max(...xs) - Math.min(...xs)),
    height: round(Math.max(...ys) - Math.min(...ys)),
  }
  const degrees = (line.rect.angle * 180) / Math.PI
  return { text: line.text, confidence: round(line.confidence, 1000), box, quad, angle: round(degrees) }
}

function union(boxes: OcrBox[]): OcrBox {
  const x = Math.min(...boxes.map((b) => b.x))
  const y = Math.min(...boxes.map((b) => b.y))
  const right = Math.max(...boxes.map((b) => b.x + b.width))
  const bottom = Math.max(...boxes.map((b) => b.y + b.height))
  return { x, y, width: round(right - x), height: round(bottom - y) }
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const round = (value: number, by = 100) => Math.round(value * by) / by
