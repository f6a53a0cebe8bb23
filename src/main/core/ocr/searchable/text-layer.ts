import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib'
import type { OcrPage, OcrSpan } from '../ocr-types'
import { ASCENT, DESCENT, glyphlessTrueType, UNITS_PER_EM } from './glyphless-font'

type Vec = [number, number]

/**
 * The invisible font of a searchable copy: one Type0 font (Identity-H) over the glyphless
 * TrueType, character ids given out as characters are first used, and a ToUnicode map that says
 * which character each id is — what copy, search and `pdftotext` read. Call `finish` once every
 * page's text is placed.
 */
export class TextLayerFont {
  readonly ref: PDFRef
  private readonly ids = new Map<string, number>()

  constructor(private readonly doc: PDFDocument) {
    this.ref = doc.context.nextRef()
  }

  /** The text as two-byte character ids, in hex. */
  encode(text: string): string {
    let hex = ''
    for (const char of text) {
      let id = this.ids.get(char)
      if (id === undefined) {
        id = this.ids.size + 1
        if (id > 0xfffe) id = this.ids.get(' ') ?? 1
        else this.ids.set(char, id)
      }
      hex += id.toString(16).padStart(4, '0')
    }
    return hex
  }

  finish(): void {
    const { context } = this.doc
    const font = glyphlessTrueType()
    const fontFile = context.flateStream(font, { Length1: font.length })
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: 'PaperdeskTextLayer',
      Flags: 5,
      FontBBox: [0, DESCENT, UNITS_PER_EM, ASCENT],
      ItalicAngle: 0,
      Ascent: ASCENT,
      Descent: DESCENT,
      CapHeight: ASCENT,
      StemV: 80,
      FontFile2: context.register(fontFile),
    })
    // Every character id draws glyph 1, the empty one-em glyph.
    const map = new Uint8Array((this.ids.size + 1) * 2)
    for (let id = 1; id <= this.ids.size; id++) map[id * 2 + 1] = 1
    const cidFont = context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: 'PaperdeskTextLayer',
      CIDSystemInfo: context.obj({
        Registry: pdfString('Adobe'),
        Ordering: pdfString('Identity'),
        Supplement: 0,
      }),
      FontDescriptor: context.register(descriptor),
      DW: UNITS_PER_EM,
      CIDToGIDMap: context.register(context.flateStream(map)),
    })
    const toUnicode = context.flateStream(new TextEncoder().encode(toUnicodeCMap(this.ids)))
    const type0 = context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'PaperdeskTextLayer',
      Encoding: 'Identity-H',
      DescendantFonts: [context.register(cidFont)],
      ToUnicode: context.register(toUnicode),
    })
    context.assign(this.ref, type0)
  }
}

// pdf-lib's `obj()` turns JS strings into names; literal strings are made here.
const pdfString = (text: string) => PDFString.of(text)

function toUnicodeCMap(ids: ReadonlyMap<string, number>): string {
  const entries = [...ids].map(([char, id]) => {
    const utf16 = [...char].flatMap((c) => {
      const code = c.codePointAt(0) as number
      if (code < 0x10000) return [code]
      const v = code - 0x10000
      return [0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff)]
    })
    return `<${hex4(id)}> <${utf16.map(hex4).join('')}>`
  })
  const blocks: string[] = []
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100)
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`)
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n')
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0')

/**
 * Puts a page's recognised text over it, invisible (render mode 3), each span stretched over the
 * box it was read from. The page's own content is wrapped in q/Q first, so whatever state it
 * leaves behind cannot move the text; nothing of it is changed.
 */
export function addTextLayer(page: PDFPage, ocr: OcrPage, font: TextLayerFont): void {
  const spans = ocr.lines.flatMap((line) => line.spans)
  if (spans.length === 0) return
  const doc = page.doc
  const fontName = page.node.newFontDictionary('OcrText', font.ref)
  const toUser = displayToUser(page, ocr)
  const ops: string[] = ['BT', '3 Tr']
  for (const span of spans) {
    const placed = placeSpan(span, toUser)
    if (!placed) continue
    const { size, origin, along, up, scale } = placed
    ops.push(
      `${fontName.asString()} ${num(size)} Tf`,
      `${num(scale)} Tz`,
      `${[along[0], along[1], up[0], up[1], origin[0], origin[1]].map(num).join(' ')} Tm`,
      `<${font.encode(span.text)}> Tj`,
    )
  }
  ops.push('ET')
  const stream = (text: string) =>
    doc.context.register(doc.context.flateStream(new TextEncoder().encode(text)))
  const contents = page.node.Contents()
  const existing: PDFRef[] | null =
    contents instanceof PDFArray
      ? (contents.asArray() as PDFRef[])
      : contents instanceof PDFStream
        ? [doc.context.register(contents)]
        : page.node.get(PDFName.of('Contents')) instanceof PDFRef
          ? [page.node.get(PDFName.of('Contents')) as PDFRef]
          : null
  const layer = [stream('q\n'), ...(existing ?? []), stream('\nQ\n'), stream(`q\n${ops.join('\n')}\nQ\n`)]
  page.node.set(PDFName.of('Contents'), doc.context.obj(layer))
}

/** A span's baseline origin, direction and size in the page's user space. */
function placeSpan(span: OcrSpan, toUser: (p: Vec) => Vec) {
  const [tl, tr, , bl] = span.quad.map((p) => toUser(p as Vec)) as [Vec, Vec, Vec, Vec]
  const width = Math.hypot(tr[0] - tl[0], tr[1] - tl[1])
  const height = Math.hypot(tl[0] - bl[0], tl[1] - bl[1])
  const chars = [...span.text].length
  if (width < 0.5 || height < 0.5 || chars === 0) return null
  const along: Vec = [(tr[0] - tl[0]) / width, (tr[1] - tl[1]) / width]
  const up: Vec = [(tl[0] - bl[0]) / height, (tl[1] - bl[1]) / height]
  // The glyph box runs from DESCENT to ASCENT: as tall as the line, the baseline a fifth up.
  const size = (height * UNITS_PER_EM) / (ASCENT - DESCENT)
  const rise = (-DESCENT / UNITS_PER_EM) * size
  const origin: Vec = [bl[0] + up[0] * rise, bl[1] + up[1] * rise]
  const scale = (100 * width) / (chars * size)
  return { size, origin, along, up, scale }
}

/**
 * Maps the page as OCR saw it (crop box shown with /Rotate applied, points from its top-left,
 * y down) to the page's user space, as pdf.js drew it.
 */
function displayToUser(page: PDFPage, ocr: OcrPage): (p: Vec) => Vec {
  const crop = page.getCropBox()
  const media = page.getMediaBox()
  const x0 = Math.max(crop.x, media.x)
  const y0 = Math.max(crop.y, media.y)
  const x1 = Math.min(crop.x + crop.width, media.x + media.width)
  const y1 = Math.min(crop.y + crop.height, media.y + media.height)
  // OCR coordinates are points of the shown page; a page drawn smaller than asked scales back.
  const rotation = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270
  const shownWidth = rotation % 180 === 0 ? x1 - x0 : y1 - y0
  const k = ocr.width > 0 ? shownWidth / ocr.width : 1
  return ([x, y]) => {
    const X = x * k
    const Y = y * k
    if (rotation === 90) return [x0 + Y, y0 + X]
    if (rotation === 180) return [x1 - X, y0 + Y]
    if (rotation === 270) return [x1 - Y, y1 - X]
    return [x0 + X, y1 - Y]
  }
}

const num = (n: number) => (Math.round(n * 1000) / 1000).toString()

/** Removes what makes a PDF signed, for a copy the user agreed is unsigned. */
export function dropSignatures(doc: PDFDocument): void {
  const catalog = doc.catalog
  catalog.delete(PDFName.of('Perms'))
  catalog.delete(PDFName.of('DSS'))
  const acroForm = catalog.lookup(PDFName.of('AcroForm'))
  if (acroForm instanceof PDFDict) acroForm.delete(PDFName.of('SigFlags'))
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFDict && object.lookup(PDFName.of('FT')) === PDFName.of('Sig')) {
      object.delete(PDFName.of('V'))
      object.delete(PDFName.of('Lock'))
    }
  }
}
