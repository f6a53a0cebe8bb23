import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFRef } from 'pdf-lib'
import { afterEach, describe, expect, it } from 'vitest'
import { OpenPdf } from './pdf-source'

const pdf = new OpenPdf()
afterEach(() => pdf.close())

/** One page, and a page tree whose /Kids names the tree itself after it. */
async function loopingPageTree(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage([300, 300])
  const pages = doc.catalog.lookup(PDFName.of('Pages'), PDFDict)
  pages.lookup(PDFName.of('Kids'), PDFArray).push(doc.catalog.get(PDFName.of('Pages')) as PDFRef)
  pages.set(PDFName.of('Count'), PDFNumber.of(2))
  return doc.save({ useObjectStreams: false })
}

describe('the PDF an OCR worker reads', () => {
  it('says a page tree that loops is a damaged file, when a page is drawn or its text read', async () => {
    const bytes = await loopingPageTree()
    const damaged = { code: 'INVALID_FILE', details: { reason: 'ocr.pdf-damaged', name: 'loop.pdf' } }
    await expect(pdf.draw('a', () => bytes, 'loop.pdf', 1, 72)).rejects.toMatchObject(damaged)
    await expect(pdf.textLength('a', () => bytes, 'loop.pdf', 1)).rejects.toMatchObject(damaged)
  })

  it('still draws a sound page', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([300, 300])
    const bytes = await doc.save()
    const page = await pdf.draw('b', () => bytes, 'ok.pdf', 0, 72)
    expect([page.width, page.height]).toEqual([300, 300])
  })
})
