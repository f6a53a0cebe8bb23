import { fill, PDFHexString, PDFName, PDFNumber, rectangle, type PDFDocument, type PDFObject } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { loadPdf } from '../pdf-input'
import { appendRevision, changedObjects, reserveNumbersAfter, snapshotObjects } from './pdf-revision'
import { findLastXref } from './pdf-xref'
import { selfSigned, signedOnce } from './test-support/attack-pdfs'
import { verifyPdf } from './verify-pdf'

/**
 * A co-signer's mark is its widget's appearance, and that counts as "signatures only". These
 * widgets paint over page 1 the same way without being a signature the verifier checks.
 */
type Value = (doc: PDFDocument, signed: Buffer) => PDFObject | undefined

async function overlay(signed: Buffer, value: Value, listInForm: boolean): Promise<Buffer> {
  const doc = await loadPdf(signed, 'signed.pdf')
  const last = findLastXref(signed, 'signed.pdf')
  const snapshot = snapshotObjects(doc)
  reserveNumbersAfter(doc, last)
  const page = doc.getPage(0)
  // A black box over the text: what a forged appearance could hide or paint.
  const paint = doc.context.formXObject([rectangle(0, 0, 300, 200), fill()], { BBox: [0, 0, 300, 200] })
  const v = value(doc, signed)
  const widget = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFHexString.fromText('Overlay'),
      ...(v ? { V: v } : {}),
      F: 4,
      P: page.ref,
      Rect: [100, 500, 400, 700],
      AP: { N: doc.context.register(paint) },
    }),
  )
  page.node.set(PDFName.of('Annots'), doc.context.obj([...(page.node.Annots()?.asArray() ?? []), widget]))
  if (listInForm) doc.catalog.getOrCreateAcroForm().addField(widget)
  return appendRevision(signed, doc, changedObjects(doc, snapshot), last).bytes
}

const verdict = async (bytes: Buffer) =>
  (await verifyPdf('overlay.pdf', bytes, { trusted: [] })).signatures.map((s) => [s.valid, s.appended])

describe('a widget appended after a signature that paints over the page', () => {
  const signer = selfSigned('张三')

  it('with no signature in its field is a change', async () => {
    const bytes = await overlay(await signedOnce(signer), () => undefined, true)
    expect(await verdict(bytes)).toEqual([[true, 'changes']])
  })

  it('that no field of the form owns is a change, whatever its /V says', async () => {
    const fake: Value = (doc, signed) =>
      doc.context.register(
        doc.context.obj({
          Type: 'Sig',
          ByteRange: [0, 10, 20, signed.length - 20].map((n) => PDFNumber.of(n)),
          Contents: PDFHexString.of('00'),
        }),
      )
    const bytes = await overlay(await signedOnce(signer), fake, false)
    expect(await verdict(bytes)).toEqual([[true, 'changes']])
  })

  it('whose field reuses the earlier signature’s dictionary is a change', async () => {
    const firstValue: Value = (doc) => {
      const [first] = doc.catalog.getOrCreateAcroForm().getAllFields()
      return first?.[0].dict.get(PDFName.of('V'))
    }
    const bytes = await overlay(await signedOnce(signer), firstValue, true)
    // Both fields show the one signature; neither may call the painted page "signatures only".
    expect(await verdict(bytes)).toEqual([
      [true, 'changes'],
      [true, 'changes'],
    ])
  })
})
