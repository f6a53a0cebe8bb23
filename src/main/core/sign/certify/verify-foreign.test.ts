import { readFileSync, writeFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'
import { OpensslWorkspace } from '../crypto/test-support/openssl'
import { pdfsig } from './test-support/certify-fixtures'
import { verifyPdf } from './verify-pdf'

const ssl = new OpensslWorkspace()
afterAll(() => ssl.cleanup())

const RANGE_MARK = '[ 0 9999999999 9999999999 9999999999 ]'
const CONTENTS_BYTES = 8192

/**
 * A PDF signed the way another tool might do it: pdf-lib writes the whole file (no incremental
 * update), the signature dictionary sits directly in the field's /V, and `openssl cms` makes the
 * CMS (its own attributes, the CA in the certificate set). Nothing of our signing code is used.
 */
async function foreignSignedPdf(path: string): Promise<void> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([595, 842])
  page.drawText('Signed elsewhere', { x: 72, y: 760, size: 18 })
  const sig = doc.context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'adbe.pkcs7.detached',
    ByteRange: [0, 9999999999, 9999999999, 9999999999],
    Contents: PDFHexString.of('0'.repeat(CONTENTS_BYTES * 2)),
    M: PDFHexString.fromText('D:20261101120000Z'),
  })
  const widget = doc.context.register(
    doc.context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      T: PDFHexString.fromText('Approval'),
      V: sig,
      Rect: [0, 0, 0, 0],
      F: 132,
      P: page.ref,
    }),
  )
  page.node.addAnnot(widget)
  const form = doc.catalog.getOrCreateAcroForm()
  form.addField(widget)
  form.dict.set(PDFName.of('SigFlags'), PDFNumber.of(3))
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }))

  const rangeAt = bytes.indexOf(RANGE_MARK, 0, 'latin1')
  const start = bytes.indexOf(`<${'0'.repeat(64)}`, 0, 'latin1')
  const end = start + CONTENTS_BYTES * 2 + 2
  const range = `[0 ${start} ${end} ${bytes.length - end}]`
  bytes.write(range.padEnd(RANGE_MARK.length, ' '), rangeAt, 'latin1')
  ssl.write('signed-ranges.bin', Buffer.concat([bytes.subarray(0, start), bytes.subarray(end)]))
  ssl.run([
    'cms', '-sign', '-binary', '-md', 'sha256', '-outform', 'DER',
    '-in', 'signed-ranges.bin', '-signer', 'foreign.pem', '-inkey', 'foreign.key',
    '-certfile', 'other.pem', '-out', 'foreign.p7s',
  ]) // prettier-ignore
  bytes.write(ssl.read('foreign.p7s').toString('hex'), start + 1, 'latin1')
  writeFileSync(path, bytes)
}

describe('verifying a PDF signed by another tool', () => {
  it('reads the direct /V signature and openssl CMS: valid, the whole file, trusted through its CA', async () => {
    ssl.ca('other', 'rsa')
    ssl.leaf('foreign', 'other', 'ec')
    const path = ssl.path('foreign.pdf')
    await foreignSignedPdf(path)
    expect(pdfsig(path)).toContain('Signature is Valid')

    const untrusted = await verifyPdf(path, readFileSync(path), { trusted: [] })
    expect(untrusted.signatures).toHaveLength(1)
    expect(untrusted.signatures[0]).toMatchObject({
      fieldName: 'Approval',
      signerName: 'foreign',
      valid: true,
      coversWholeFile: true,
      trusted: false,
      selfSigned: false,
      validAtSigning: true,
      signatureAlgorithm: 'ECDSA',
      digestAlgorithm: 'SHA-256',
    })
    expect(untrusted.signatures[0]?.chain.map((c) => c.commonName)).toEqual(['foreign', 'other CA'])

    const trusted = await verifyPdf(path, readFileSync(path), { trusted: [ssl.der('other.pem')] })
    expect(trusted.signatures[0]).toMatchObject({ valid: true, trusted: true })

    const bytes = readFileSync(path)
    // The page grows by one point: a real change inside the signed range.
    const at = bytes.indexOf('842', bytes.indexOf('/MediaBox', 0, 'latin1'), 'latin1') + 2
    bytes[at] = 0x33
    const tampered = ssl.write('tampered.pdf', bytes)
    expect((await verifyPdf(tampered, bytes, { trusted: [] })).signatures[0]?.valid).toBe(false)
  })
})
