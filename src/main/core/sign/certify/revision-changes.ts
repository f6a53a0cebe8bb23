import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib'

/** What the revisions appended after a signature did to the document it signed. */
export type Appended = 'nothing' | 'signatures' | 'changes'

const MAX_DEPTH = 32

function serialise(object: PDFObject | undefined): string {
  if (object === undefined) return ''
  const buffer = Buffer.alloc(object.sizeInBytes())
  object.copyBytesInto(buffer, 0)
  return buffer.toString('latin1')
}

const keyOf = (ref: PDFRef) => `${ref.objectNumber} ${ref.generationNumber}`
const resolve = (doc: PDFDocument, value: PDFObject | undefined) =>
  value instanceof PDFRef ? doc.context.lookup(value) : value
const asDict = (value: PDFObject | undefined) =>
  value instanceof PDFDict ? value : value instanceof PDFStream ? value.dict : undefined

/** Every key but `allowed` holds the same value (references compared as references). */
function sameExcept(before: PDFDict | undefined, after: PDFDict | undefined, allowed: string[]): boolean {
  if (!before || !after) return false
  const keys = new Set([...before.keys(), ...after.keys()].map((k) => k.decodeText()))
  for (const key of keys) {
    if (allowed.includes(key)) continue
    if (serialise(before.get(PDFName.of(key))) !== serialise(after.get(PDFName.of(key)))) return false
  }
  return true
}

/** The refs of an array (direct or indirect), as `num gen` keys; `null` when it is not an array. */
function refsOf(doc: PDFDocument, value: PDFObject | undefined): string[] | null {
  const array = resolve(doc, value)
  if (array === undefined) return []
  if (!(array instanceof PDFArray)) return null
  return array.asArray().map((item) => (item instanceof PDFRef ? keyOf(item) : `direct:${serialise(item)}`))
}

/** /FT of a field, inherited through /Parent. */
function fieldType(doc: PDFDocument, dict: PDFDict): PDFObject | undefined {
  let node: PDFDict | undefined = dict
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const ft = node.get(PDFName.of('FT'))
    if (ft) return ft
    node = asDict(resolve(doc, node.get(PDFName.of('Parent'))))
  }
  return undefined
}

const isSignatureField = (doc: PDFDocument, dict: PDFDict | undefined) =>
  !!dict && fieldType(doc, dict) === PDFName.of('Sig')

/**
 * /V of a field added after the signature (inherited through /Parent) is a new dictionary with a
 * well-formed /ByteRange: a signature the verifier finds and checks, not an earlier one reused.
 */
function holdsSignature(before: PDFDocument, doc: PDFDocument, dict: PDFDict): boolean {
  let node: PDFDict | undefined = dict
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    const value = node.get(PDFName.of('V'))
    if (value) {
      if (value instanceof PDFRef && before.context.lookup(value) !== undefined) return false
      const range = asDict(resolve(doc, value))?.lookup(PDFName.of('ByteRange'))
      return (
        range instanceof PDFArray &&
        range.size() === 4 &&
        range
          .asArray()
          .every((n) => n instanceof PDFNumber && Number.isInteger(n.asNumber()) && n.asNumber() >= 0)
      )
    }
    node = asDict(resolve(doc, node.get(PDFName.of('Parent'))))
  }
  return false
}

/** The `num gen` of the top of a field's /Parent chain: what the form's /Fields must list. */
function rootFieldKey(doc: PDFDocument, key: string): string {
  let at = key
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const [num, gen] = at.split(' ').map(Number) as [number, number]
    const parent = asDict(doc.context.lookup(PDFRef.of(num, gen)))?.get(PDFName.of('Parent'))
    if (!(parent instanceof PDFRef)) return at
    at = keyOf(parent)
  }
  return at
}

/**
 * Compares the document as a signature signed it (`before`: the file up to the end of its range)
 * with the whole file (`after`). Later revisions count as "signatures only" when every object they
 * change is one a signing reader may touch: the catalog (its /AcroForm and /DSS), the form (its
 * /Fields and /SigFlags, fields only added, and only signature fields holding a signature), a
 * page's /Annots (only widgets of such fields added), an empty signature field that gets its
 * value, the DSS. New objects matter only through what refers to them, so those rules cover them
 * (a widget's appearance, which draws a co-signer's mark, included: its signature is reported and
 * checked like the others). Anything else — a content stream, a resource, a new catalog, an
 * annotation, an unsigned field — is a change after signing.
 */
export function classifyAppended(before: PDFDocument, after: PDFDocument): Exclude<Appended, 'nothing'> {
  const root = before.context.trailerInfo.Root
  if (!(root instanceof PDFRef) || serialise(root) !== serialise(after.context.trailerInfo.Root))
    return 'changes'
  if (serialise(before.context.trailerInfo.Info) !== serialise(after.context.trailerInfo.Info))
    return 'changes'
  const catalogBefore = asDict(before.context.lookup(root))
  const catalogAfter = asDict(after.context.lookup(root))
  if (!sameExcept(catalogBefore, catalogAfter, ['AcroForm', 'DSS'])) return 'changes'
  const formBefore = asDict(resolve(before, catalogBefore?.get(PDFName.of('AcroForm'))))
  const formAfter = asDict(resolve(after, catalogAfter?.get(PDFName.of('AcroForm'))))
  const dss = new Set<string>()
  const dssRef = catalogAfter?.get(PDFName.of('DSS'))
  if (dssRef instanceof PDFRef) dss.add(keyOf(dssRef))
  const vri = asDict(resolve(after, asDict(resolve(after, dssRef))?.get(PDFName.of('VRI'))))
  const vriRef = asDict(resolve(after, dssRef))?.get(PDFName.of('VRI'))
  if (vriRef instanceof PDFRef) dss.add(keyOf(vriRef))
  for (const [, value] of vri?.entries() ?? []) if (value instanceof PDFRef) dss.add(keyOf(value))

  // Fields of the form: those before stay, added ones are signature fields.
  const fieldsBefore = formBefore ? refsOf(before, formBefore.get(PDFName.of('Fields'))) : []
  const fieldsAfter = formAfter ? refsOf(after, formAfter.get(PDFName.of('Fields'))) : []
  if (!fieldsBefore || !fieldsAfter) return 'changes'
  if (formBefore && !sameExcept(formBefore, formAfter, ['Fields', 'SigFlags'])) return 'changes'
  const kept = new Set(fieldsAfter)
  if (fieldsBefore.some((f) => !kept.has(f))) return 'changes'
  const had = new Set(fieldsBefore)
  for (const added of fieldsAfter.filter((f) => !had.has(f))) {
    const [num, gen] = added.split(' ').map(Number) as [number, number]
    const field = added.startsWith('direct:') ? undefined : asDict(after.context.lookup(PDFRef.of(num, gen)))
    if (!field || !isSignatureField(after, field) || !holdsSignature(before, after, field)) return 'changes'
  }
  const signedWidget = (key: string) => kept.has(rootFieldKey(after, key))

  const formKeyBefore = catalogBefore?.get(PDFName.of('AcroForm'))
  const fieldsArray = formBefore?.get(PDFName.of('Fields'))
  // Arrays kept as objects of their own: a page's /Annots, judged with its page.
  const annotsArrays = new Map<string, PDFDict>()
  for (const [, object] of after.context.enumerateIndirectObjects()) {
    const page = asDict(object)
    const annots =
      page?.get(PDFName.of('Type')) === PDFName.of('Page') ? page.get(PDFName.of('Annots')) : undefined
    if (page && annots instanceof PDFRef) annotsArrays.set(keyOf(annots), page)
  }
  for (const [ref, object] of after.context.enumerateIndirectObjects()) {
    const old = before.context.lookup(ref)
    if (old === undefined || serialise(old) === serialise(object)) continue
    const key = keyOf(ref)
    const now = asDict(object)
    const then = asDict(old)
    const type = now?.get(PDFName.of('Type'))
    if (key === keyOf(root) || dss.has(key)) continue
    if (formKeyBefore instanceof PDFRef && key === keyOf(formKeyBefore)) continue
    if (fieldsArray instanceof PDFRef && key === keyOf(fieldsArray)) continue
    if (type === PDFName.of('XRef') || type === PDFName.of('ObjStm')) continue
    const page = annotsArrays.get(key)
    if (
      page &&
      !annotsAddOnlySignatureWidgets(before, after, refsOf(before, old), refsOf(after, object), signedWidget)
    )
      return 'changes'
    if (page) continue
    if (type === PDFName.of('Page') && then?.get(PDFName.of('Type')) === PDFName.of('Page')) {
      const annots = PDFName.of('Annots')
      if (!sameExcept(then, now, ['Annots'])) return 'changes'
      if (
        !annotsAddOnlySignatureWidgets(
          before,
          after,
          refsOf(before, then.get(annots)),
          refsOf(after, now?.get(annots)),
          signedWidget,
        )
      )
        return 'changes'
      continue
    }
    // An empty signature field of the signed form receives its signature.
    if (isSignatureField(before, then) && !then?.has(PDFName.of('V')) && isSignatureField(after, now)) {
      if (!sameExcept(then, now, ['V', 'AP', 'Lock'])) return 'changes'
      continue
    }
    return 'changes'
  }
  return 'signatures'
}

/**
 * Annotations before all stay; the added ones are widgets of signed signature fields the form
 * lists (`inForm`), so the verifier reports and checks each: a widget draws its appearance over
 * the page, and an unsigned one (or one no field of the form owns) could paint anything there.
 */
function annotsAddOnlySignatureWidgets(
  before: PDFDocument,
  after: PDFDocument,
  annotsBefore: string[] | null,
  annotsAfter: string[] | null,
  inForm: (key: string) => boolean,
): boolean {
  if (!annotsBefore || !annotsAfter) return false
  const kept = new Set(annotsAfter)
  if (annotsBefore.some((a) => !kept.has(a))) return false
  const had = new Set(annotsBefore)
  return annotsAfter
    .filter((a) => !had.has(a))
    .every((a) => {
      if (a.startsWith('direct:')) return false
      const [num, gen] = a.split(' ').map(Number) as [number, number]
      const annot = asDict(after.context.lookup(PDFRef.of(num, gen)))
      return (
        annot?.get(PDFName.of('Subtype')) === PDFName.of('Widget') &&
        isSignatureField(after, annot) &&
        holdsSignature(before, after, annot) &&
        inForm(a)
      )
    })
}
