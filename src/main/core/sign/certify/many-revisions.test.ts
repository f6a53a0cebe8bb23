import { describe, expect, it } from 'vitest'
import { selfSigned, signedOnce } from './test-support/attack-pdfs'
import { pdfWithRevisions } from './test-support/many-revisions'
import { verifyPdf } from './verify-pdf'

describe('a PDF saved 20 000 times incrementally', () => {
  it('is signed in a few seconds (the xref check is linear), and the signature holds', async () => {
    const pdf = await pdfWithRevisions(20_000)
    const started = Date.now()
    const signed = await signedOnce(selfSigned('张三'), pdf)
    const ms = Date.now() - started
    // Was about a minute: each revision copied the rest of the file into a string.
    expect(ms).toBeLessThan(10_000)
    const report = await verifyPdf('many.pdf', signed, { trusted: [] })
    expect(report.signatures.map((s) => [s.valid, s.appended])).toEqual([[true, 'nothing']])
  }, 60_000)
})
