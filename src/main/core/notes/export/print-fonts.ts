import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The family the print page names; never a system font, so every machine prints alike. */
export const PRINT_FONT_FAMILY = 'Paperdesk Noto Sans SC'
const WEIGHTS = [400, 700] as const

interface Subset {
  weight: number
  file: string
  /** Inclusive code point ranges. */
  ranges: Array<[number, number]>
}

let subsets: Subset[] | null = null
/** Per weight, every subset's ranges sorted by start (they do not overlap within a weight). */
let intervals: Array<Array<{ start: number; end: number; subset: number }>> = []
const encoded = new Map<string, string>()

/**
 * Noto Sans SC as @fontsource ships it: per weight, about a hundred woff2 files, each with the
 * `unicode-range` it covers. Glyf outlines, so Chromium's PDF writer embeds them as subset CID
 * TrueType fonts (the system's CFF Noto CJK and synthetic bold come out as Type 3).
 */
function fontSubsets(): Subset[] {
  if (subsets) return subsets
  const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'))
  subsets = WEIGHTS.flatMap((weight) => {
    const css = readFileSync(join(dir, `${weight}.css`), 'utf8')
    return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body as string)?.[1]
      const range = /unicode-range:\s*([^;]+);/.exec(body as string)?.[1]
      if (!file || !range) return []
      return [{ weight, file: join(dir, 'files', file), ranges: parseRanges(range) }]
    })
  })
  const all = subsets
  intervals = WEIGHTS.map((weight) =>
    all
      .flatMap((subset, i) =>
        subset.weight === weight ? subset.ranges.map(([start, end]) => ({ start, end, subset: i })) : [],
      )
      .sort((a, b) => a.start - b.start),
  )
  return subsets
}

/** Adds to `found` the subset of each weight that holds `point`, if any. */
function subsetsOf(point: number, found: Set<number>): void {
  for (const list of intervals) {
    let low = 0
    let high = list.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((list[mid] as { start: number }).start <= point) low = mid + 1
      else high = mid
    }
    const candidate = list[low - 1]
    if (candidate && candidate.end >= point) found.add(candidate.subset)
  }
}

function parseRanges(list: string): Array<[number, number]> {
  return list.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-')
    const start = parseInt(from as string, 16)
    return [start, to === undefined ? start : parseInt(to, 16)]
  })
}

/**
 * `@font-face` rules for the print page: the bundled font's 400 and 700 weights, only the subsets
 * holding characters of `text`, inlined as `data:` URLs (the print page can load nothing else).
 */
export function printFontFaces(text: string): string {
  const all = fontSubsets()
  const seen = new Set<number>()
  const wanted = new Set<number>()
  for (const char of text) {
    const point = char.codePointAt(0) as number
    if (seen.has(point)) continue
    seen.add(point)
    subsetsOf(point, wanted)
  }
  return [...wanted]
    .sort((a, b) => a - b)
    .map((i) => all[i] as Subset)
    .map(
      (subset) =>
        `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-style:normal;font-weight:${subset.weight};` +
        `font-display:block;src:url(data:font/woff2;base64,${base64Of(subset.file)}) format('woff2');` +
        `unicode-range:${subset.ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',')}}`,
    )
    .join('\n')
}

const hex = (n: number) => n.toString(16)

function base64Of(file: string): string {
  let data = encoded.get(file)
  if (data === undefined) {
    data = readFileSync(file).toString('base64')
    encoded.set(file, data)
  }
  return data
}
