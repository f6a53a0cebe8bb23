import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/app-error'
import { threePagePdf } from '../test-support/sign-fixtures'
import { findLastXref } from './pdf-xref'

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
