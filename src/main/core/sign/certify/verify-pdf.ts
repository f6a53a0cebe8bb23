import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { PDFDocument } from 'pdf-lib'
import type { CertificateSummary, SignatureReport, VerifyReport } from '../../../../shared/contract/certify'
import { checkChain, verifyCmsSignature, type CertificateInfo } from '../crypto'
import type { DataStore } from '../../db/data-store'
import { loadPdf } from '../pdf-input'
import { SignRecords } from '../sign-records'
import { TrustedCertificates } from './trusted-certificates'
import { findSignatures, type FoundSignature } from './find-signatures'
import { appendedXrefPointsBack } from './appended-xref'
import { classifyAppended, type Appended } from './revision-changes'

export interface VerifyContext {
  /** DER of every certificate the user trusts. */
  trusted: Buffer[]
  /** Our audit record of an output with this SHA-256 (hex, lower case), if we made it. */
  recordFor?: (sha256: string) => SignatureReport['record']
  now?: Date
}

/** What the data folder knows: the trusted certificates and our own audit trail. */
export function storeContext(store: DataStore): VerifyContext {
  const records = new SignRecords(store)
  return {
    trusted: new TrustedCertificates(store).certificates(),
    recordFor: (sha256) => {
      const record = records.findByOutput(sha256)
      return record ? { id: record.id, createdAt: record.createdAt, origin: record.origin } : null
    },
  }
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

function summary(info: CertificateInfo): CertificateSummary {
  return {
    subject: info.subject,
    commonName: info.commonName,
    issuer: info.issuer,
    serialHex: info.serialHex,
    sha256: info.sha256,
    notBefore: info.notBefore.toISOString(),
    notAfter: info.notAfter.toISOString(),
    selfSigned: info.selfSigned,
    der: new Uint8Array(info.der),
  }
}

function checkOne(
  found: FoundSignature,
  bytes: Uint8Array,
  appendedAfter: Appended,
  context: VerifyContext,
): SignatureReport {
  const [a, b, c, d] = found.byteRange
  const covered = c + d
  const content = found.rangeOk ? [bytes.subarray(a, a + b), bytes.subarray(c, c + d)] : []
  const cms = found.rangeOk ? verifyCmsSignature(found.contents, content) : null
  const signedAt = cms?.signingTime ?? found.claimedTime
  const now = context.now ?? new Date()
  const chain = cms?.signer
    ? checkChain(cms.signer.der, cms.certificates, context.trusted, signedAt ?? now, now)
    : null
  const coversWholeFile = found.rangeOk && covered === bytes.length
  const problem = !found.rangeOk
    ? 'the byte range does not match the signature contents'
    : found.subFilter === 'adbe.pkcs7.sha1' || found.subFilter === 'ETSI.RFC3161'
      ? `${found.subFilter} signatures are not checked`
      : (cms?.problem ?? null)
  const valid = found.rangeOk && !!cms?.digestMatches && !!cms.signatureValid && problem === null
  return {
    fieldName: found.fieldName,
    subFilter: found.subFilter,
    signer: cms?.signer?.subject ?? found.name ?? '',
    signerName: cms?.signer?.commonName ?? found.name ?? '',
    issuer: cms?.signer?.issuer ?? '',
    signedAt: signedAt ? signedAt.toISOString() : null,
    digestAlgorithm: cms?.digestAlgorithm ?? '',
    signatureAlgorithm: cms?.signatureAlgorithm ?? '',
    valid,
    digestMatches: !!cms?.digestMatches,
    signatureValid: !!cms?.signatureValid,
    coveredBytes: covered,
    coversWholeFile,
    modifiedAfter: !coversWholeFile,
    appended: appendedAfter,
    validAtSigning: chain?.validAtSigning ?? false,
    trusted: valid && !!chain?.trusted,
    selfSigned: chain?.selfSigned ?? false,
    expiredNow: chain?.expiredNow ?? false,
    reason: found.reason,
    location: found.location,
    contact: found.contact,
    problem,
    chain: chain ? chain.chain.map(summary) : [],
    record: found.rangeOk && context.recordFor ? context.recordFor(sha256(bytes.subarray(0, covered))) : null,
  }
}

/**
 * What was appended after a signature's range: nothing, only signatures (judged object by object
 * against the document as it was signed), or changes. A range that is not the field's own signs
 * nothing, so everything counts as changed.
 */
async function appendedAfter(f: FoundSignature, doc: PDFDocument, bytes: Uint8Array): Promise<Appended> {
  const end = f.byteRange[2] + f.byteRange[3]
  if (!f.rangeOk) return 'changes'
  if (end === bytes.length) return 'nothing'
  if (appendedXrefPointsBack(bytes, end)) return 'changes'
  try {
    return classifyAppended(await loadPdf(bytes.subarray(0, end), 'signed revision'), doc)
  } catch {
    return 'changes'
  }
}

/**
 * Checks every signature in a PDF: the value against the bytes it covers, what was appended after
 * it, the certificate's validity when it signed, and whether it chains to a trusted certificate.
 */
export async function verifyPdf(
  path: string,
  bytes: Uint8Array,
  context: VerifyContext,
): Promise<VerifyReport> {
  const name = basename(path)
  const doc = await loadPdf(bytes, name)
  const found = findSignatures(doc, bytes)
  const signatures: SignatureReport[] = []
  for (const f of found) signatures.push(checkOne(f, bytes, await appendedAfter(f, doc, bytes), context))
  return { path, name, fileBytes: bytes.length, sha256: sha256(bytes), signatures }
}
