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

/** A signature dictionary found in a PDF, with the bytes it says it covers. */
export interface FoundSignature {
  /** `[a, b, c, d]`: bytes a…a+b and c…c+d are signed; the gap between holds /Contents. */
  byteRange: [number, number, number, number]
  /** The CMS blob, read from the gap in the file itself (what was signed around). */
  contents: Uint8Array
  /** The range is well formed and its gap is exactly the /Contents hex string. */
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

/**
 * Every signature dictionary of a loaded PDF, oldest first (by how much of the file it covers).
 * Fields name their signature through /V; a signature dictionary found without a field still
 * counts, since what matters to the reader is what the file carries.
 */
export function findSignatures(doc: PDFDocument, bytes: Uint8Array): FoundSignature[] {
  const names = new Map<PDFDict, string>()
  const dicts = new Set<PDFDict>()
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue
    if (byteRangeOf(object) && object.has(PDFName.of('Contents'))) dicts.add(object)
    if (object.lookup(PDFName.of('FT')) !== PDFName.of('Sig')) continue
    const value = object.get(PDFName.of('V'))
    const sig = value instanceof PDFRef ? doc.context.lookup(value) : value
    if (sig instanceof PDFDict && byteRangeOf(sig)) {
      dicts.add(sig)
      const title = text(object.lookup(PDFName.of('T')))
      if (title !== null) names.set(sig, title)
    }
  }
  const found = [...dicts].map((dict): FoundSignature => {
    const byteRange = byteRangeOf(dict) as [number, number, number, number]
    const subFilter = dict.lookup(PDFName.of('SubFilter'))
    return {
      byteRange,
      ...gapContents(bytes, byteRange),
      subFilter: subFilter instanceof PDFName ? subFilter.decodeText() : 'unknown',
      fieldName: names.get(dict) ?? null,
      claimedTime: parsePdfDate(text(dict.lookup(PDFName.of('M')))),
      name: text(dict.lookup(PDFName.of('Name'))),
      reason: text(dict.lookup(PDFName.of('Reason'))),
      location: text(dict.lookup(PDFName.of('Location'))),
      contact: text(dict.lookup(PDFName.of('ContactInfo'))),
    }
  })
  const end = (s: FoundSignature) => s.byteRange[2] + s.byteRange[3]
  return found.sort((x, y) => end(x) - end(y))
}
