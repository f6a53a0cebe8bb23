import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { threePagePdf } from '../test-support/sign-fixtures'
import { appendRevision, changedObjects, reserveNumbersAfter, snapshotObjects } from './pdf-revision'
import { findLastXref } from './pdf-xref'
import { selfSigned, signedOnce } from './test-support/attack-pdfs'
import { verifyPdf } from './verify-pdf'

const verdict = async (bytes: Buffer) =>
  (await verifyPdf('x.pdf', bytes, { trusted: [] })).signatures.map((s) => [s.valid, s.appended])

describe('the cross-reference streams appended after a signature', () => {
  const signer = selfSigned('张三')

  it('are told from a small object written right before one: nothing changed', async () => {
    const signed = await signedOnce(signer)
    const doc = await PDFDocument.load(signed, { updateMetadata: false })
    const last = findLastXref(signed, 'signed.pdf')
    const snapshot = snapshotObjects(doc)
    reserveNumbersAfter(doc, last)
    // New, referred to by nothing: it changes nothing a reader shows.
    doc.context.register(doc.context.obj({ Note: 'unused' }))
    const bytes = appendRevision(signed, doc, changedObjects(doc, snapshot), last).bytes
    expect(await verdict(bytes)).toEqual([[true, 'signatures']])
  })

  it('are found even when a string before /Type says "stream": one pointing back is a change', async () => {
    // Page 1 pointed back at its definition from before the signature (without its widget).
    const plain = await PDFDocument.load(await threePagePdf())
    const signed = await signedOnce(signer, await plain.save({ useObjectStreams: false }))
    const page = plain.getPage(0).ref
    const oldAt = signed.indexOf(`${page.objectNumber} 0 obj`, 0, 'latin1')
    const last = findLastXref(signed, 'signed.pdf')
    const xrefAt = signed.length + 1
    const data = Buffer.alloc(7)
    data.writeUInt8(1, 0)
    data.writeUInt32BE(oldAt, 1)
    const { Root, Info } = plain.context.trailerInfo
    const dict =
      `<< /Note (stream) /Type /XRef /Size ${last.size + 1} /Root ${Root} /Info ${Info} /Prev ${last.offset}` +
      ` /W [1 4 2] /Index [${page.objectNumber} 1] /Length 7 >>`
    const revision = Buffer.concat([
      Buffer.from(`\n${last.size} 0 obj\n${dict}\nstream\n`, 'latin1'),
      data,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
    ])
    expect(await verdict(Buffer.concat([signed, revision]))).toEqual([[true, 'changes']])
  })
})
