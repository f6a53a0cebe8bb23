import { PDFArray, PDFHexString, PDFName, PDFNumber, type PDFDocument, type PDFRef } from 'pdf-lib'
import type { SubFilter } from '../crypto'

export interface SignatureDictionary {
  subFilter: SubFilter
  signingTime: Date
  signerName: string
  reason?: string
  location?: string
  contact?: string
  /** Bytes reserved for the CMS blob; /Contents holds twice as many hex digits. */
  contentsBytes: number
}

// `[0 a b c]` with room for offsets up to 10 digits; patched in place once the file is laid out.
export const BYTE_RANGE_PLACEHOLDER = `[0 ${'0'.repeat(10)} ${'0'.repeat(10)} ${'0'.repeat(10)}]`

/** `D:YYYYMMDDHHmmSS+00'00'` in UTC. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString()
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`
}

/** A text string any reader shows right, Chinese included (UTF-16BE with BOM). */
const text = (value: string) => PDFHexString.fromText(value).toString()

/**
 * The signature dictionary, serialised by hand so the placeholders have known widths: the
 * /ByteRange and /Contents are filled in after the file is laid out around them.
 */
export function signatureDictionaryBytes(sig: SignatureDictionary): Buffer {
  const lines = [
    '<<',
    '/Type /Sig',
    '/Filter /Adobe.PPKLite',
    `/SubFilter /${sig.subFilter}`,
    `/ByteRange ${BYTE_RANGE_PLACEHOLDER}`,
    `/Contents <${'0'.repeat(sig.contentsBytes * 2)}>`,
    `/M (${pdfDate(sig.signingTime)})`,
    `/Name ${text(sig.signerName)}`,
    ...(sig.reason ? [`/Reason ${text(sig.reason)}`] : []),
    ...(sig.location ? [`/Location ${text(sig.location)}`] : []),
    ...(sig.contact ? [`/ContactInfo ${text(sig.contact)}`] : []),
    '>>',
  ]
  return Buffer.from(lines.join('\n'), 'latin1')
}

function freeFieldName(doc: PDFDocument): string {
  const taken = new Set(
    doc.catalog
      .getOrCreateAcroForm()
      .getAllFields()
      .map(([field]) => field.getFullyQualifiedName() ?? ''),
  )
  for (let n = 1; ; n++) if (!taken.has(`Signature${n}`)) return `Signature${n}`
}

/** Where the signature's widget goes: a page, and a rectangle in its user space (or none). */
export interface WidgetPlace {
  pageIndex: number
  /** `[x1, y1, x2, y2]`; `[0, 0, 0, 0]` for an invisible signature. */
  rect: [number, number, number, number]
  /** A Form XObject with /BBox = rect that draws the marks; without one the marks are page content. */
  appearance?: PDFRef
}

/**
 * Adds a signature field to the form, its widget over the visible mark (clicking the mark in a
 * reader opens the signature's details). The widget draws the place's appearance, or nothing when
 * the mark is page content. Reserves the number of the signature dictionary the field points at.
 * SigFlags 3: the document has signatures, and is to be changed only by appending.
 */
export function addSignatureField(doc: PDFDocument, place: WidgetPlace): PDFRef {
  const { pageIndex, rect } = place
  const sigRef = doc.context.nextRef()
  const page = doc.getPage(pageIndex)
  const name = freeFieldName(doc)
  const widget = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFHexString.fromText(name),
    V: sigRef,
    F: 132,
    P: page.ref,
    Rect: rect,
    // Without marks of its own, an empty appearance: readers draw nothing over the page's mark.
    AP: {
      N:
        place.appearance ??
        doc.context.register(
          doc.context.formXObject([], { BBox: [0, 0, rect[2] - rect[0], rect[3] - rect[1]] }),
        ),
    },
  })
  const widgetRef = doc.context.register(widget)
  // Not page.node.addAnnot: it normalises the page, wrapping its content in new q/Q streams, and
  // a verifier rightly counts new page content after an earlier signature as a change.
  const annots = page.node.lookup(PDFName.of('Annots'))
  if (annots instanceof PDFArray) annots.push(widgetRef)
  else page.node.set(PDFName.of('Annots'), doc.context.obj([widgetRef]))
  const form = doc.catalog.getOrCreateAcroForm()
  form.addField(widgetRef)
  form.dict.set(PDFName.of('SigFlags'), PDFNumber.of(3))
  return sigRef
}
