import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { inflateSync } from 'node:zlib'

/**
 * Noto Sans SC's outlines for what stamps and text marks draw, as `scripts/build-stamp-font.mjs`
 * reads them with fontkit from @fontsource/noto-sans-sc and stores them (see its header for the
 * layout). Loaded once, on first use; a glyph's path is decoded when it is first drawn.
 */
export interface StampFont {
  unitsPerEm: number
  /** Typographic ascender and descender in font units (descender negative). */
  ascender: number
  descender: number
  glyphCount: number
  has(codePoint: number): boolean
  /** Advance width in font units; undefined for a character the font lacks. */
  advance(codePoint: number): number | undefined
  /**
   * The outline as SVG path data in em × `scale`, moved right by `penEm` em, the baseline at
   * y = 0, y down.
   */
  pathEm(codePoint: number, penEm: number, scale?: number): string
}

export const STAMP_FONT_FILE = 'noto-sans-sc-stamp.bin'

/** `resources/fonts/<file>`, found from here upwards: the source tree, out/main, out/cli/chunks. */
export function stampFontPath(start = import.meta.dirname): string {
  let dir = start
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'resources', 'fonts', STAMP_FONT_FILE)
    if (existsSync(candidate)) return candidate
    const up = dirname(dir)
    if (up === dir) break
    dir = up
  }
  throw new Error(`${STAMP_FONT_FILE} not found above ${start}`)
}

const OP_LETTERS: readonly string[] = ['M', 'L', 'Q', 'C', 'Z']
const OP_POINTS: readonly number[] = [1, 1, 2, 3, 0]

/** Reads the stored outlines from their bytes (the deflated file). */
export function parseStampFont(file: Buffer): StampFont {
  const data = inflateSync(file)
  if (data.toString('latin1', 0, 4) !== 'PDSF' || data.readUInt8(4) !== 1)
    throw new Error('not a Paperdesk stamp font')
  const unitsPerEm = data.readUInt16BE(5)
  const count = data.readUInt32BE(11)
  const indexAt = 15
  const outlinesAt = indexAt + count * 12
  const outlines = new Map<number, Outline>()

  // The index is sorted by code point: a binary search, so loading builds no table.
  const entry = (cp: number) => {
    let lo = 0
    let hi = count - 1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      const at = indexAt + mid * 12
      const found = data.readUInt32BE(at)
      if (found === cp) return at
      if (found < cp) lo = mid + 1
      else hi = mid - 1
    }
    return undefined
  }
  const round = (n: number) => Math.round(n * 10000) / 10000

  return {
    unitsPerEm,
    ascender: data.readInt16BE(7),
    descender: data.readInt16BE(9),
    glyphCount: count,
    has: (cp) => entry(cp) !== undefined,
    advance(cp) {
      const at = entry(cp)
      return at === undefined ? undefined : data.readUInt16BE(at + 4)
    },
    pathEm(cp, penEm, scale = 1) {
      const at = entry(cp)
      if (at === undefined) throw new Error(`no glyph for U+${cp.toString(16)}`)
      let outline = outlines.get(cp)
      if (!outline) {
        const start = outlinesAt + data.readUInt32BE(at + 6)
        outline = decodeOutline(data, start, start + data.readUInt16BE(at + 10))
        outlines.set(cp, outline)
      }
      // Stored in font units, y up: scale to em, flip y, move by the pen.
      const parts: string[] = []
      let k = 0
      for (const op of outline.ops) {
        parts.push(OP_LETTERS[op] as string)
        const n = (OP_POINTS[op] as number) * 2
        for (let i = 0; i < n; i++, k++) {
          const v = (outline.coords[k] as number) / unitsPerEm
          parts.push(i > 0 ? ' ' : '', String(round((i % 2 === 0 ? v + penEm : -v) * scale)))
        }
      }
      return parts.join('')
    },
  }
}

interface Outline {
  ops: number[]
  coords: number[]
}

/** One glyph's commands and absolute coordinates (font units) from its stored deltas. */
function decodeOutline(data: Buffer, start: number, end: number): Outline {
  const ops: number[] = []
  const coords: number[] = []
  const last = [0, 0]
  let p = start
  const varint = () => {
    let z = 0
    let shift = 0
    for (;;) {
      const byte = data[p++] as number
      z += (byte & 0x7f) * 2 ** shift
      if (byte < 0x80) return z % 2 === 0 ? z / 2 : -(z + 1) / 2
      shift += 7
    }
  }
  while (p < end) {
    const op = data[p++] as number
    if (OP_LETTERS[op] === undefined) throw new Error('damaged stamp font')
    ops.push(op)
    for (let k = 0; k < (OP_POINTS[op] as number) * 2; k++) {
      last[k % 2] = (last[k % 2] as number) + varint()
      coords.push(last[k % 2] as number)
    }
  }
  return { ops, coords }
}

let loaded: StampFont | null = null

/** The stamp font, read from disk on first use. */
export function stampFont(): StampFont {
  loaded ??= parseStampFont(readFileSync(stampFontPath()))
  return loaded
}
