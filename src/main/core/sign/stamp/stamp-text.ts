import { userError } from '../../../../shared/app-error'
import type { InkPath } from '../ink-art'
import { stampFont } from './stamp-font'

export { formatStampDate, localIsoDate } from '../../../../shared/format/stamp-date'

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
