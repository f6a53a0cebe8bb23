import type { KeyObject } from 'node:crypto'
import type { PDFDocument } from 'pdf-lib'
import type { Certification } from '../../../../shared/contract/certify'
import { userError } from '../../../../shared/app-error'
import { certificateInfo, createCmsSignature, type SubFilter } from '../crypto'
import { loadPdf, signedFields } from '../pdf-input'
import { appendRevision, changedObjects, reserveNumbersAfter, snapshotObjects } from './pdf-revision'
import { findLastXref } from './pdf-xref'
import {
  addSignatureField,
  BYTE_RANGE_PLACEHOLDER,
  signatureDictionaryBytes,
  type WidgetPlace,
} from './signature-field'

/** Who signs: an unlocked key and its certificate (and the issuers above it, for readers). */
export interface Signer {
  privateKey: KeyObject
  certificate: Buffer
  chain: Buffer[]
}

export interface CertifyDetails {
  subFilter: SubFilter
  reason?: string
  location?: string
  contact?: string
}

// Room for the signature value, attributes and the encoding, on top of the certificates.
const CMS_OVERHEAD = 4096

/**
 * Draws on a PDF and signs it, as one incremental update appended to the original bytes: what
 * was there (earlier signatures included) is left byte for byte. `draw` stamps the visible marks
 * and says where the signature field's widget goes. The CMS signature covers the whole new
 * file except its own /Contents.
 */
export async function certifyPdf(
  original: Uint8Array,
  name: string,
  draw: (doc: PDFDocument, alreadySigned: boolean) => Promise<WidgetPlace>,
  signer: Signer,
  details: CertifyDetails,
  signingTime: Date,
): Promise<{ bytes: Buffer; certification: Omit<Certification, 'identityId'> }> {
  const doc = await loadPdf(original, name)
  const last = findLastXref(original, name)
  const snapshot = snapshotObjects(doc)
  reserveNumbersAfter(doc, last)
  const place = await draw(doc, signedFields(doc) > 0)
  const info = certificateInfo(signer.certificate)
  const sigRef = addSignatureField(doc, place)
  const contentsBytes =
    CMS_OVERHEAD + signer.certificate.length + signer.chain.reduce((n, c) => n + c.length, 0)
  const sigBody = signatureDictionaryBytes({
    ...details,
    signingTime,
    signerName: info.commonName,
    contentsBytes,
  })
  const objects = [...changedObjects(doc, snapshot), { ref: sigRef, body: sigBody }]
  const { bytes, offsets } = appendRevision(original, doc, objects, last)

  const sigAt = offsets.get(`${sigRef.objectNumber} 0`) as number
  const rangeAt =
    bytes.indexOf(`/ByteRange ${BYTE_RANGE_PLACEHOLDER}`, sigAt, 'latin1') + '/ByteRange '.length
  const contentsStart = bytes.indexOf('/Contents <', sigAt, 'latin1') + '/Contents '.length
  const contentsEnd = contentsStart + contentsBytes * 2 + 2
  const range = `[0 ${contentsStart} ${contentsEnd} ${bytes.length - contentsEnd}]`
  bytes.write(range.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' '), rangeAt, 'latin1')

  const cms = createCmsSignature({
    content: [bytes.subarray(0, contentsStart), bytes.subarray(contentsEnd)],
    privateKey: signer.privateKey,
    certificate: signer.certificate,
    chain: signer.chain,
    signingTime,
    subFilter: details.subFilter,
  })
  if (cms.length > contentsBytes)
    throw userError(
      'INVALID_FILE',
      'certify.signature-too-large',
      'the certificate chain is too large to embed',
    )
  bytes.write(cms.toString('hex'), contentsStart + 1, 'latin1')
  return {
    bytes,
    certification: {
      signer: info.subject,
      issuer: info.issuer,
      certificateSha256: info.sha256,
      subFilter: details.subFilter,
      reason: details.reason ?? null,
      location: details.location ?? null,
      contact: details.contact ?? null,
      signedAt: signingTime.toISOString(),
    },
  }
}

/**
 * Draws on a PDF that is already signed, as an incremental update: the signed revisions stay
 * byte for byte, so their signatures stay valid (readers say the file changed after them).
 */
export async function drawIncrementally(
  original: Uint8Array,
  name: string,
  draw: (doc: PDFDocument) => Promise<void>,
): Promise<Buffer> {
  const doc = await loadPdf(original, name)
  const last = findLastXref(original, name)
  const snapshot = snapshotObjects(doc)
  reserveNumbersAfter(doc, last)
  await draw(doc)
  return appendRevision(original, doc, changedObjects(doc, snapshot), last).bytes
}
