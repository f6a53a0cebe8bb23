/** Font units per em of the invisible font; every glyph is one em wide. */
export const UNITS_PER_EM = 1000
/** Above the baseline and below it, in font units: a glyph's box spans the whole line height. */
export const ASCENT = 800
export const DESCENT = -200

/**
 * A TrueType font with two empty glyphs, each one em wide. Text drawn with it is invisible by
 * construction (and drawn in render mode 3 as well); what it carries is positions and, through
 * the PDF font's ToUnicode map, the characters — any of them, CJK included, since every
 * character id maps to the same empty glyph. A few hundred bytes, whatever the text.
 */
export function glyphlessTrueType(): Uint8Array {
  const tables: Record<string, Uint8Array> = {
    'OS/2': os2(),
    cmap: cmap(),
    glyf: new Uint8Array(4),
    head: head(),
    hhea: hhea(),
    hmtx: words16([UNITS_PER_EM, 0, UNITS_PER_EM, 0]),
    loca: words16([0, 0, 0]),
    maxp: maxp(),
    name: name('PaperdeskTextLayer'),
    post: post(),
  }
  const tags = Object.keys(tables).sort()
  const headerSize = 12 + 16 * tags.length
  let offset = headerSize
  const placed = tags.map((tag) => {
    const data = tables[tag] as Uint8Array
    const at = offset
    offset += Math.ceil(data.length / 4) * 4
    return { tag, data, at }
  })
  const font = new Uint8Array(offset)
  const view = new DataView(font.buffer)
  const entrySelector = Math.floor(Math.log2(tags.length))
  const searchRange = 2 ** entrySelector * 16
  view.setUint32(0, 0x00010000)
  view.setUint16(4, tags.length)
  view.setUint16(6, searchRange)
  view.setUint16(8, entrySelector)
  view.setUint16(10, tags.length * 16 - searchRange)
  placed.forEach(({ tag, data, at }, i) => {
    const record = 12 + i * 16
    for (let k = 0; k < 4; k++) font[record + k] = tag.charCodeAt(k)
    view.setUint32(record + 4, checksum(data))
    view.setUint32(record + 8, at)
    view.setUint32(record + 12, data.length)
    font.set(data, at)
  })
  const headAt = (placed.find((p) => p.tag === 'head') as { at: number }).at
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(font)) >>> 0)
  return font
}

function checksum(data: Uint8Array): number {
  let sum = 0
  for (let i = 0; i < data.length; i += 4) {
    const word =
      ((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0)
    sum = (sum + (word >>> 0)) >>> 0
  }
  return sum
}

/** Big-endian 16-bit values (negative ones as two's complement). */
function words16(values: number[]): Uint8Array {
  const out = new Uint8Array(values.length * 2)
  const view = new DataView(out.buffer)
  values.forEach((v, i) => view.setUint16(i * 2, v & 0xffff))
  return out
}

function head(): Uint8Array {
  const out = new Uint8Array(54)
  const v = new DataView(out.buffer)
  v.setUint32(0, 0x00010000) // version
  v.setUint32(4, 0x00010000) // fontRevision
  // checkSumAdjustment (8) is set once the whole font is laid out.
  v.setUint32(12, 0x5f0f3cf5) // magic
  v.setUint16(16, 0b1011) // flags: baseline at 0, left sidebearing at 0, integer scaling
  v.setUint16(18, UNITS_PER_EM)
  // created and modified (20–35) stay zero.
  v.setInt16(36, 0)
  v.setInt16(38, DESCENT)
  v.setInt16(40, UNITS_PER_EM)
  v.setInt16(42, ASCENT)
  v.setUint16(44, 0) // macStyle
  v.setUint16(46, 8) // lowestRecPPEM
  v.setInt16(48, 2) // fontDirectionHint
  v.setInt16(50, 0) // indexToLocFormat: short offsets
  v.setInt16(52, 0) // glyphDataFormat
  return out
}

function hhea(): Uint8Array {
  // version, ascender, descender, lineGap, advanceWidthMax, minLSB, minRSB, xMaxExtent,
  // caretSlopeRise, caretSlopeRun, caretOffset, 4 × reserved, metricDataFormat, numberOfHMetrics
  return words16([1, 0, ASCENT, DESCENT, 0, UNITS_PER_EM, 0, 0, UNITS_PER_EM, 1, 0, 0, 0, 0, 0, 0, 0, 2])
}

function maxp(): Uint8Array {
  // version 1.0, numGlyphs 2, then the TrueType limits: nothing but two zones.
  return words16([1, 0, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0])
}

function cmap(): Uint8Array {
  // One subtable (Windows, Unicode BMP) in format 4 with only the closing 0xFFFF segment.
  const header = words16([0, 1, 3, 1, 0, 12])
  const format4 = words16([4, 24, 0, 2, 2, 0, 0, 0xffff, 0, 0xffff, 1, 0])
  return concat(header, format4)
}

function post(): Uint8Array {
  const out = new Uint8Array(32)
  const v = new DataView(out.buffer)
  v.setUint32(0, 0x00030000) // no glyph names
  v.setInt16(8, -100) // underlinePosition
  v.setInt16(10, 50) // underlineThickness
  v.setUint32(12, 1) // isFixedPitch
  return out
}

function name(family: string): Uint8Array {
  const records: Array<[number, string]> = [
    [1, family],
    [2, 'Regular'],
    [4, family],
    [6, family],
  ]
  const strings = records.map(([, text]) => words16([...text].map((c) => c.charCodeAt(0))))
  const header = words16([0, records.length, 6 + records.length * 12])
  let offset = 0
  const entries = records.map(([id], i) => {
    const length = (strings[i] as Uint8Array).length
    const entry = words16([3, 1, 0x409, id, length, offset])
    offset += length
    return entry
  })
  return concat(header, ...entries, ...strings)
}

function os2(): Uint8Array {
  const out = new Uint8Array(96)
  const v = new DataView(out.buffer)
  v.setUint16(0, 4) // version
  v.setInt16(2, UNITS_PER_EM) // xAvgCharWidth
  v.setUint16(4, 400) // usWeightClass
  v.setUint16(6, 5) // usWidthClass
  v.setUint16(8, 0) // fsType: installable
  v.setInt16(26, 50) // yStrikeoutSize
  v.setInt16(28, 300) // yStrikeoutPosition
  for (let k = 0; k < 4; k++) out[58 + k] = 'PDSK'.charCodeAt(k) // achVendID
  v.setUint16(62, 0x40) // fsSelection: regular
  v.setUint16(64, 0x20) // usFirstCharIndex
  v.setUint16(66, 0xffff) // usLastCharIndex
  v.setInt16(68, ASCENT) // sTypoAscender
  v.setInt16(70, DESCENT) // sTypoDescender
  v.setUint16(74, ASCENT) // usWinAscent
  v.setUint16(76, -DESCENT) // usWinDescent
  v.setUint32(78, 1) // ulCodePageRange1: Latin 1
  v.setInt16(86, ASCENT / 2) // sxHeight
  v.setInt16(88, ASCENT) // sCapHeight
  v.setUint16(92, 0x20) // usBreakChar
  v.setUint16(94, 1) // usMaxContext
  return out
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}
