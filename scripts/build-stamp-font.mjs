// Builds resources/fonts/noto-sans-sc-stamp.bin: the outlines of the characters Paperdesk's stamps
// and text marks draw, read with fontkit from @fontsource/noto-sans-sc (SIL OFL 1.1) and stored in
// a compact, deflated form that loads in a few milliseconds. `node scripts/build-stamp-font.mjs`;
// the output is committed (deterministic), so builds and tests need no font decoding.
//
// What ships: GB 2312 (its 6 763 hanzi and its symbols), the font's own simplified-Chinese set
// (7 947 characters in everyday use, a superset of GB 2312's hanzi that adds common name and
// place characters from GBK such as 喆 堃 赟), ASCII and Latin-1, CJK punctuation and full-width
// forms. Weight 400.
//
// File layout (all integers big-endian, then the whole file deflated):
//   'PDSF' u8 version=1 u16 unitsPerEm i16 ascender i16 descender u32 count
//   count × { u32 codePoint, u16 advance, u32 offset, u16 length }   (sorted by code point)
//   outline bytes: per command one op byte (0 M, 1 L, 2 Q, 3 C, 4 Z), then its points' x and y in
//   font units (y up), each as the change from the previous x or y, a zigzag LEB128 varint
import { readFileSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import * as fontkit from 'fontkit'

const DIR = new URL('../node_modules/@fontsource/noto-sans-sc/files/', import.meta.url)
const OUT = new URL('../resources/fonts/noto-sans-sc-stamp.bin', import.meta.url)

function gb2312() {
  const decoder = new TextDecoder('gbk')
  const chars = []
  for (let a = 0xa1; a <= 0xf7; a++)
    for (let b = 0xa1; b <= 0xfe; b++) {
      const ch = decoder.decode(new Uint8Array([a, b]))
      if ([...ch].length === 1 && ch !== '\ufffd') chars.push(ch.codePointAt(0))
    }
  return chars
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
const load = (name) => fontkit.create(readFileSync(new URL(name, DIR)))

const simplified = load('noto-sans-sc-chinese-simplified-400-normal.woff2')
const latin = load('noto-sans-sc-latin-400-normal.woff2')
const wanted = new Set([
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  ...range(0x3000, 0x303f),
  ...range(0xff01, 0xff5e),
  ...gb2312(),
  ...simplified.characterSet,
])

// What the two main files lack (a few GB 2312 symbols) comes from the numbered files, found by the
// unicode-range of their @font-face in the package's 400.css and loaded only when needed.
const css = readFileSync(new URL('../400.css', DIR), 'utf8')
const chunks = [...css.matchAll(/url\(\.\/files\/([^)]+?\.woff2)\)[^;]*;\s*unicode-range: ([^;]+);/g)].map(
  ([, file, ranges]) => ({
    file,
    ranges: ranges.split(',').map((r) => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-')
      return [parseInt(from, 16), parseInt(to ?? from, 16)]
    }),
  }),
)
const opened = new Map()
function fontFor(cp) {
  if (latin.hasGlyphForCodePoint(cp)) return latin
  if (simplified.hasGlyphForCodePoint(cp)) return simplified
  const chunk = chunks.find((c) => c.ranges.some(([from, to]) => cp >= from && cp <= to))
  if (!chunk) return null
  if (!opened.has(chunk.file)) opened.set(chunk.file, load(chunk.file))
  const font = opened.get(chunk.file)
  return font.hasGlyphForCodePoint(cp) ? font : null
}

const OPS = { moveTo: 0, lineTo: 1, quadraticCurveTo: 2, bezierCurveTo: 3, closePath: 4 }
const glyphs = []
for (const cp of [...wanted].sort((a, b) => a - b)) {
  const font = fontFor(cp)
  if (!font) continue
  const glyph = font.glyphForCodePoint(cp)
  const bytes = []
  // Each coordinate as the change from the previous one (x from x, y from y), zigzag varint.
  const last = [0, 0]
  for (const { command, args } of glyph.path.commands) {
    bytes.push(OPS[command])
    args.forEach((v, i) => {
      const n = Math.round(v)
      const delta = n - last[i % 2]
      last[i % 2] = n
      let z = delta >= 0 ? delta * 2 : -delta * 2 - 1
      while (z >= 0x80) {
        bytes.push((z & 0x7f) | 0x80)
        z >>>= 7
      }
      bytes.push(z)
    })
  }
  glyphs.push({ cp, advance: Math.round(glyph.advanceWidth), data: Buffer.from(bytes) })
}

const head = Buffer.alloc(15)
head.write('PDSF', 0, 'latin1')
head.writeUInt8(1, 4)
head.writeUInt16BE(simplified.unitsPerEm, 5)
head.writeInt16BE(simplified['OS/2'].typoAscender, 7)
head.writeInt16BE(simplified['OS/2'].typoDescender, 9)
head.writeUInt32BE(glyphs.length, 11)
const index = Buffer.alloc(glyphs.length * 12)
let offset = 0
glyphs.forEach((g, i) => {
  index.writeUInt32BE(g.cp, i * 12)
  index.writeUInt16BE(g.advance, i * 12 + 4)
  index.writeUInt32BE(offset, i * 12 + 6)
  index.writeUInt16BE(g.data.length, i * 12 + 10)
  offset += g.data.length
})
const file = deflateSync(Buffer.concat([head, index, ...glyphs.map((g) => g.data)]), { level: 9 })
writeFileSync(OUT, file)
console.log(`${glyphs.length} glyphs of ${wanted.size} wanted, ${(file.length / 1e6).toFixed(2)} MB`)
