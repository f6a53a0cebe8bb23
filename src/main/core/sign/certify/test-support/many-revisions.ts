import { PDFDocument } from 'pdf-lib'
import { threePagePdf } from '../../test-support/sign-fixtures'
import { findLastXref } from '../pdf-xref'

/**
 * A PDF with `count` incremental updates, each rewriting one small object and adding a classic
 * xref section with a /Prev to the one before (what some editors leave after many saves).
 */
export async function pdfWithRevisions(count: number): Promise<Buffer> {
  const doc = await PDFDocument.load(await threePagePdf())
  const base = Buffer.from(await doc.save({ useObjectStreams: false }))
  const last = findLastXref(base, 'base.pdf')
  const root = doc.context.trailerInfo.Root?.toString() ?? ''
  const num = last.size
  const parts: string[] = []
  let length = base.length
  let prev = last.offset
  for (let i = 0; i < count; i++) {
    const object = `\n${num} 0 obj\n<< /Revision ${i} >>\nendobj\n`
    const objectAt = length + 1
    length += object.length
    const xrefAt = length
    const section =
      `xref\n${num} 1\n${String(objectAt).padStart(10, '0')} 00000 n\r\n` +
      `trailer\n<< /Size ${num + 1} /Root ${root} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF`
    parts.push(object, section)
    length += section.length
    prev = xrefAt
  }
  return Buffer.concat([base, Buffer.from(parts.join(''), 'latin1')])
}
