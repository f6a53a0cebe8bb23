import { userError } from '../../../../shared/app-error'
import type { InkPath } from '../ink-art'
import glyphData from './stamp-glyphs.json' with { type: 'json' }

interface GlyphFont {
  unitsPerEm: number
  ascender: number
  descender: number
  glyphs: Record<string, { advance: number; d: string }>
}

const font = glyphData as GlyphFont

export { formatStampDate, localIsoDate } from '../../../../shared/format/stamp-date'

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
