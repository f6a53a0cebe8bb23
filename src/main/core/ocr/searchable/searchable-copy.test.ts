import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFRef } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { inspectForCopy } from './searchable-copy'

describe('inspecting a PDF for a searchable copy', () => {
  it('refuses a page tree whose /Kids points back at itself as damaged, not as an unexpected error', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([595, 842])
    const pages = doc.catalog.lookup(PDFName.of('Pages'), PDFDict)
    pages.lookup(PDFName.of('Kids'), PDFArray).push(doc.catalog.get(PDFName.of('Pages')) as PDFRef)
    pages.set(PDFName.of('Count'), PDFNumber.of(2))
    const bytes = await doc.save({ useObjectStreams: false })
    await expect(inspectForCopy({ bytes, name: 'loop.pdf' })).rejects.toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'ocr.pdf-damaged', name: 'loop.pdf' },
    })
  })

  it('still reads the page count of a sound PDF', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([595, 842])
    doc.addPage([595, 842])
    expect(await inspectForCopy({ bytes: await doc.save(), name: 'two.pdf' })).toEqual({
      pageCount: 2,
      signatures: 0,
    })
  })
})
