import { PDFDocument } from 'pdf-lib'
import { selfSigned, signedOnce } from '../../sign/certify/test-support/attack-pdfs'
import { findLastXref } from '../../sign/certify/pdf-xref'
import { verifyPdf } from '../../sign/certify/verify-pdf'
import { threePagePdf } from '../../sign/test-support/sign-fixtures'
import type { FuzzTarget } from './fuzz-target'

/** Signed PDFs: xref stream and classic table, signed once and twice. */
async function signedPdfs(): Promise<Uint8Array[]> {
  const signer = selfSigned('张三')
  const classic = Buffer.from(
    await (await PDFDocument.load(await threePagePdf())).save({ useObjectStreams: false }),
  )
  const once = await signedOnce(signer)
  return [once, await signedOnce(signer, classic), await signedOnce(selfSigned('李四'), once)]
}

export const verifyPdfTarget: FuzzTarget = {
  name: 'certify verify-pdf (signature finder, revision reader)',
  seeds: signedPdfs,
  call: (input) => verifyPdf('fuzz.pdf', input, { trusted: [] }),
}

export const xrefTarget: FuzzTarget = {
  name: 'certify xref walk',
  seeds: signedPdfs,
  call: (input) => findLastXref(input, 'fuzz.pdf'),
}
