import { userError } from '../../../../shared/app-error'
import type { StampFormat } from '../../../../shared/contract/sign'
import type { InkPath } from '../ink-art'
import glyphData from './stamp-glyphs.json' with { type: 'json' }

interface GlyphFont {
  unitsPerEm: number
  ascender: number
  descender: number
  glyphs: Record<string, { advance: number; d: string }>
}

const font = glyphData as GlyphFont

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** `YYYY-MM-DD` of a moment in the local time zone (the day the user signs on). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A date in one of the stamp formats: 2026年3月5日, 2026-03-05, 2026/03/05, 5 March 2026, March 5, 2026. */
export function formatStampDate(isoDate: string, format: StampFormat): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  const month = EN_MONTHS[m - 1] ?? String(m)
  switch (format) {
    case 'zh-long':
      return `${y}年${m}月${d}日`
    case 'iso':
      return isoDate
    case 'slash':
      return isoDate.replace(/-/g, '/')
    case 'en-long':
      return `${d} ${month} ${y}`
    case 'en-us':
      return `${month} ${d}, ${y}`
  }
}

/** The characters a stamp can draw (the built-in glyph set). */
export function unsupportedStampChars(text: string): string[] {
  return [...new Set([...text].filter((ch) => !(ch in font.glyphs)))]
}

export interface StampShape {
  text: string
  /** Advance width of the whole line in em. */
  widthEm: number
  /** Ascent and descent in em (descent positive, below the baseline). */
  ascentEm: number
  descentEm: number
  /** Glyph outlines in em units, the baseline at y = 0, y down. */
  paths: InkPath[]
}

/**
 * The stamp line as glyph outlines (Noto Sans CJK SC), so it looks the same in every output and
 * on every machine, whatever fonts are installed. Refuses characters the glyph set lacks.
 */
export function stampShape(text: string, color: string): StampShape {
  const missing = unsupportedStampChars(text)
  if (missing.length > 0)
    throw userError(
      'VALIDATION',
      'sign.stamp-chars',
      `the stamp cannot draw these characters: ${missing.join(' ')}`,
      { chars: missing.join(' ') },
    )
  const em = font.unitsPerEm
  let pen = 0
  const parts: string[] = []
  for (const ch of text) {
    const glyph = font.glyphs[ch] as { advance: number; d: string }
    if (glyph.d) parts.push(offsetPath(glyph.d, pen, em))
    pen += glyph.advance
  }
  return {
    text,
    widthEm: pen / em,
    ascentEm: font.ascender / em,
    descentEm: -font.descender / em,
    paths: parts.length > 0 ? [{ d: parts.join(''), fill: color }] : [],
  }
}

/** Glyph path data (absolute commands, font units) moved right by `dx` and scaled to em. */
function offsetPath(d: string, dx: number, em: number): string {
  let index = 0
  return d.replace(/[MLCQZ]|-?\d+(?:\.\d+)?/g, (token) => {
    if (/[MLCQZ]/.test(token)) {
      index = 0
      return token
    }
    const value = Number(token)
    const x = index++ % 2 === 0
    const scaled = (x ? value + dx : value) / em
    return String(Math.round(scaled * 10000) / 10000)
  })
}
