import { PDFDocument } from 'pdf-lib'
import { inspectForCopy } from '../../ocr/searchable/searchable-copy'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/app-error'
import { threePagePdf } from '../test-support/sign-fixtures'
import { loadPdf } from '../pdf-input'
import { findLastXref } from './pdf-xref'
import { selfSigned, signedOnce } from './test-support/attack-pdfs'
import { verifyPdf } from './verify-pdf'

describe('walking the xref of a damaged PDF', () => {
  it('an entry pointing past the end of the file is a damaged xref, not a RangeError', async () => {
    const doc = await PDFDocument.load(await threePagePdf())
    const bytes = Buffer.from(await doc.save({ useObjectStreams: false }))
    const entry = /\d{10} 00000 n/.exec(bytes.toString('latin1'))
    bytes.write('9999999999', entry?.index ?? -1, 'latin1')
    let error: unknown
    try {
      findLastXref(bytes, 'damaged.pdf')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'INVALID_FILE', details: { reason: 'certify.pdf-broken-xref' } })
  })
})

describe('a PDF whose xref stream claims billions of entries', () => {
  it('is refused as damaged at once, before pdf-lib loops over them (minutes, gigabytes)', async () => {
    const signed = await signedOnce(selfSigned('张三'))
    const text = signed.toString('latin1')
    const index = /\/Index \[(\d+) (\d+)/.exec(text)
    const countAt = (index?.index ?? 0) + `/Index [${index?.[1]} `.length
    const crafted = Buffer.concat([
      signed.subarray(0, countAt),
      Buffer.from('99999999999'),
      signed.subarray(countAt + (index?.[2]?.length ?? 0)),
    ])
    const started = Date.now()
    await expect(verifyPdf('crafted.pdf', crafted, { trusted: [] })).rejects.toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'sign.pdf-corrupt' },
    })
    await expect(loadPdf(crafted, 'crafted.pdf')).rejects.toMatchObject({ code: 'INVALID_FILE' })
    // OCR's searchable copy reads PDFs with pdf-lib too.
    await expect(inspectForCopy({ bytes: crafted, name: 'crafted.pdf' })).rejects.toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'ocr.pdf-damaged' },
    })
    expect(Date.now() - started).toBeLessThan(2_000)
  })
})
