import { userError } from '../../../../shared/app-error'
import type { StampFormat } from '../../../../shared/contract/sign'
import type { InkPath } from '../ink-art'
import { stampFont } from './stamp-font'

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

const HAN_DIGITS = '〇一二三四五六七八九'

/** 2026 → 二〇二六: a year digit by digit. */
const hanDigits = (n: number) => [...String(n)].map((d) => HAN_DIGITS[Number(d)]).join('')

/** 12 → 十二, 4 → 四, 20 → 二十, 31 → 三十一: month and day numbers as they are written in full. */
function hanNumber(n: number): string {
  if (n < 10) return HAN_DIGITS[n] as string
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : HAN_DIGITS[tens]}十${ones === 0 ? '' : HAN_DIGITS[ones]}`
}

/**
 * A date in one of the stamp formats: 2026年3月5日, 二〇二六年三月五日, 2026-03-05, 2026/03/05,
 * 5 March 2026, March 5, 2026.
 */
export function formatStampDate(isoDate: string, format: StampFormat): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number]
  const month = EN_MONTHS[m - 1] ?? String(m)
  switch (format) {
    case 'zh-long':
      return `${y}年${m}月${d}日`
    case 'zh-hanzi':
      return `${hanDigits(y)}年${hanNumber(m)}月${hanNumber(d)}日`
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

/** The characters of `text` the stamp font lacks (line breaks and tabs are never drawn). */
export function unsupportedStampChars(text: string): string[] {
  const font = stampFont()
  return [...new Set([...text].filter((ch) => !font.has(ch.codePointAt(0) as number)))]
}

export interface StampShape {
  text: string
  /** Advance width of the whole line in em. */
  widthEm: number
  /** Ascent and descent in em (descent positive, below the baseline). */
  ascentEm: number
  descentEm: number
  /** Glyph outlines in em units (× the scale asked for), the baseline at y = 0, y down. */
  paths: InkPath[]
}

/** Refuses a text with characters the font lacks, naming them, before anything is drawn. */
export function assertDrawable(text: string): void {
  const missing = unsupportedStampChars(text)
  if (missing.length > 0)
    throw userError(
      'VALIDATION',
      'sign.stamp-chars',
      `the stamp cannot draw these characters: ${missing.join(' ')}`,
      { chars: missing.join(' ') },
    )
}

/**
 * A line of text as glyph outlines from the bundled Noto Sans SC, so it looks the same in every
 * output (image or PDF) and on every machine, whatever fonts are installed. Refuses characters
 * the font lacks rather than drawing them wrong.
 */
export function stampShape(text: string, color: string, scale = 1): StampShape {
  assertDrawable(text)
  const font = stampFont()
  const em = font.unitsPerEm
  let pen = 0
  const parts: string[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number
    const d = font.pathEm(cp, pen / em, scale)
    if (d) parts.push(d)
    pen += font.advance(cp) as number
  }
  return {
    text,
    widthEm: pen / em,
    ascentEm: font.ascender / em,
    descentEm: -font.descender / em,
    paths: parts.length > 0 ? [{ d: parts.join(''), fill: color }] : [],
  }
}
