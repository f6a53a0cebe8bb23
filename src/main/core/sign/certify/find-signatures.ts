import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib'
import { signedDictionary } from './signed-dictionary'

/** A signature dictionary found in a PDF, with the bytes it says it covers. */
export interface FoundSignature {
  /** `[a, b, c, d]`: bytes a…a+b and c…c+d are signed; the gap between holds /Contents. */
  byteRange: [number, number, number, number]
  /** The CMS blob, read from the gap in the file itself (what was signed around). */
  contents: Uint8Array
  /**
   * The range is well formed, its gap is exactly a /Contents hex string, and the dictionary around
   * that gap in the signed bytes is the field's own, with this same range.
   */
  rangeOk: boolean
  subFilter: string
  fieldName: string | null
  /** /M: the time the signer's software claims. */
  claimedTime: Date | null
  name: string | null
  reason: string | null
  location: string | null
  contact: string | null
}

const text = (value: PDFObject | undefined): string | null =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null

/** `D:YYYYMMDDHHmmSS+hh'mm'` (parts after the year optional) as a Date. */
export function parsePdfDate(value: string | null): Date | null {
  const m =
    value && /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+-])?(\d{2})?'?(\d{2})?/.exec(value)
  if (!m) return null
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', sign, oh = '00', om = '00'] = m
  const utc = Date.UTC(+(y as string), +mo - 1, +d, +h, +mi, +s)
  const offset = (sign === '+' ? 1 : sign === '-' ? -1 : 0) * (+oh * 60 + +om) * 60_000
  const date = new Date(utc - offset)
  return Number.isNaN(date.getTime()) ? null : date
}

function byteRangeOf(dict: PDFDict): [number, number, number, number] | null {
  const range = dict.lookup(PDFName.of('ByteRange'))
  if (!(range instanceof PDFArray) || range.size() !== 4) return null
  const values = range.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN))
  return values.every((v) => Number.isInteger(v) && v >= 0)
    ? (values as [number, number, number, number])
    : null
}

function gapContents(bytes: Uint8Array, [a, b, c, d]: [number, number, number, number]) {
  const inFile = a === 0 && b < c && c + d <= bytes.length
  if (!inFile || bytes[b] !== 0x3c || bytes[c - 1] !== 0x3e)
    return { rangeOk: false, contents: new Uint8Array() }
  const hex = Buffer.from(bytes.subarray(b + 1, c - 1))
    .toString('latin1')
    .replace(/\s+/g, '')
  if (!/^[0-9a-fA-F]*$/.test(hex)) return { rangeOk: false, contents: new Uint8Array() }
  return { rangeOk: true, contents: new Uint8Array(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex')) }
}

/** A terminal field of the form with /FT /Sig (inherited from a parent too) and a /V. */
interface SignatureField {
  name: string
  /** The object that must hold the signed dictionary: /V's own, or the field's for a direct /V. */
  holderKey: string | null
}

const MAX_FORM_DEPTH = 32
const keyOf = (ref: PDFRef) => `${ref.objectNumber} ${ref.generationNumber}`

/** The form's signature fields: only these can carry a signature a reader shows. */
function signatureFields(doc: PDFDocument): SignatureField[] {
  const out: SignatureField[] = []
  const seen = new Set<string>()
  const visit = (
    ref: PDFObject | undefined,
    parentName: string,
    parentFt: PDFObject | undefined,
    depth: number,
  ) => {
    if (!(ref instanceof PDFRef) || depth > MAX_FORM_DEPTH || seen.has(keyOf(ref))) return
    seen.add(keyOf(ref))
    const field = doc.context.lookup(ref)
    if (!(field instanceof PDFDict)) return
    const partial = text(field.lookup(PDFName.of('T')))
    const name = partial === null ? parentName : parentName ? `${parentName}.${partial}` : partial
    const ft = field.get(PDFName.of('FT')) ?? parentFt
    const kids = field.lookup(PDFName.of('Kids'))
    if (kids instanceof PDFArray && kids.size() > 0 && !field.has(PDFName.of('V'))) {
      for (const kid of kids.asArray()) visit(kid, name, ft, depth + 1)
      return
    }
    if (ft !== PDFName.of('Sig')) return
    const value = field.get(PDFName.of('V'))
    if (value instanceof PDFRef) out.push({ name, holderKey: keyOf(value) })
    else if (value instanceof PDFDict) out.push({ name, holderKey: keyOf(ref) })
  }
  try {
    const form = doc.catalog.lookup(PDFName.of('AcroForm'))
    const fields = form instanceof PDFDict ? form.lookup(PDFName.of('Fields')) : undefined
    if (fields instanceof PDFArray) for (const field of fields.asArray()) visit(field, '', undefined, 0)
  } catch {
    // A form that does not resolve holds no signature a reader would show.
  }
  return out
}

/** The object the file's bytes show at `holderKey`: the signature dictionary, or a field holding it. */
function signatureIn(doc: PDFDocument, holderKey: string): PDFDict | null {
  const [num, gen] = holderKey.split(' ').map(Number) as [number, number]
  const holder = doc.context.lookup(PDFRef.of(num, gen))
  if (!(holder instanceof PDFDict)) return null
  if (byteRangeOf(holder)) return holder
  const value = holder.get(PDFName.of('V'))
  return value instanceof PDFDict && byteRangeOf(value) ? value : null
}

/** The signed copy of a dictionary: itself when it has the /ByteRange, else its direct /V. */
function signedPart(dict: PDFDict): PDFDict | null {
  if (dict.has(PDFName.of('ByteRange'))) return dict
  const value = dict.get(PDFName.of('V'))
  return value instanceof PDFDict ? value : null
}

const sameRange = (x: number[], y: number[]) => x.every((v, i) => v === y[i])

/**
 * The signatures of a loaded PDF, oldest first (by how much of the file each covers). Only the
 * form's /FT /Sig fields count, as in every reader; a loose dictionary with a /ByteRange is
 * nothing. What a signature says about itself (/Reason, /M, …) is read from the bytes it signs,
 * in the object its field points at; when those do not agree the range is not the field's own.
 */
export function findSignatures(doc: PDFDocument, bytes: Uint8Array): FoundSignature[] {
  const found: FoundSignature[] = []
  for (const field of signatureFields(doc)) {
    const current = field.holderKey ? signatureIn(doc, field.holderKey) : null
    const byteRange = current ? byteRangeOf(current) : null
    if (!current || !byteRange) continue
    const gap = gapContents(bytes, byteRange)
    const signed = gap.rangeOk ? signedDictionary(bytes, byteRange) : null
    const dict = signed && signed.objectKey === field.holderKey ? signedPart(signed.dict) : null
    const signedRange = dict ? byteRangeOf(dict) : null
    const rangeOk = !!dict && !!signedRange && sameRange(signedRange, byteRange)
    const source = rangeOk && dict ? dict : current
    const subFilter = source.lookup(PDFName.of('SubFilter'))
    found.push({
      byteRange,
      rangeOk,
      contents: rangeOk ? gap.contents : new Uint8Array(),
      subFilter: subFilter instanceof PDFName ? subFilter.decodeText() : 'unknown',
      fieldName: field.name || null,
      // Claims a signature does not sign are not shown as its own.
      claimedTime: rangeOk ? parsePdfDate(text(source.lookup(PDFName.of('M')))) : null,
      name: rangeOk ? text(source.lookup(PDFName.of('Name'))) : null,
      reason: rangeOk ? text(source.lookup(PDFName.of('Reason'))) : null,
      location: rangeOk ? text(source.lookup(PDFName.of('Location'))) : null,
      contact: rangeOk ? text(source.lookup(PDFName.of('ContactInfo'))) : null,
    })
  }
  const end = (s: FoundSignature) => s.byteRange[2] + s.byteRange[3]
  return found.sort((x, y) => end(x) - end(y))
}
