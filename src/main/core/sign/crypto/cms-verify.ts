import { createHash } from 'node:crypto'
import { children, content, type DerElement, encoded, integerHex, isContext, oid } from '../../asn1/der'
import { parseTime } from '../../asn1/x509-name'
import { infoOf, type CertificateInfo } from './certificate-info'
import { parseCertificate, publicKeyOf, type ParsedCertificate } from '../../pki/certificate'
import { NotSignedData, readSignedData, type SignedData } from '../../pki/signed-data'
import { digestLabel, OID } from '../../pki/oids'
import { hashOf, signatureScheme, UnsupportedAlgorithm, verifySignature } from './signature-scheme'

export interface CmsCheck {
  /** The certificate matching the SignerInfo's sid. */
  signer: CertificateInfo | null
  /** Every certificate in the SignedData. */
  certificates: Buffer[]
  /** 'SHA-256', 'SHA-1', …, or the OID. */
  digestAlgorithm: string
  /** 'RSA', 'RSA-PSS', 'ECDSA', or the OID. */
  signatureAlgorithm: string
  signingTime: Date | null
  /** The messageDigest attribute equals the hash of the content. */
  digestMatches: boolean
  /** The signature verifies with the signer's public key. */
  signatureValid: boolean
  /** Why something could not be checked, in short English; null when everything was. */
  problem: string | null
}

/** Thrown inside the check to stop with a `problem`; never leaves this module. */
class Stop extends Error {}

/**
 * Checks a detached CMS signature (a PDF's /Contents) over `content`, whoever made it. Never
 * throws: a malformed or unsupported blob comes back as invalid, with the reason in `problem`.
 */
export function verifyCmsSignature(cms: Uint8Array, content: Uint8Array[]): CmsCheck {
  const check: CmsCheck = {
    signer: null,
    certificates: [],
    digestAlgorithm: 'unknown',
    signatureAlgorithm: 'unknown',
    signingTime: null,
    digestMatches: false,
    signatureValid: false,
    problem: null,
  }
  try {
    runCheck(cms, content, check)
  } catch (error) {
    check.signatureValid = false
    if (error instanceof Stop) check.problem = error.message
    else if (error instanceof UnsupportedAlgorithm) check.problem = `unsupported algorithm ${error.algorithm}`
    else check.problem = `malformed signature (${error instanceof Error ? error.message : 'unreadable'})`
  }
  return check
}

function runCheck(cms: Uint8Array, ranges: Uint8Array[], check: CmsCheck): void {
  let signed: SignedData
  try {
    signed = readSignedData(cms)
  } catch (error) {
    if (error instanceof NotSignedData) throw new Stop('not a SignedData')
    throw error
  }
  const parsed: ParsedCertificate[] = []
  for (const der of signed.certificates) {
    check.certificates.push(Buffer.from(der))
    try {
      parsed.push(parseCertificate(der))
    } catch {
      // An unreadable extra certificate does not stop the check; the signer's is looked up below.
    }
  }

  const signerInfo = signed.signers[0]
  if (!signerInfo) throw new Stop('no signer')
  const { sid, digestAlgorithm, signedAttrs, signatureAlgorithm, signature: signatureValue } = signerInfo
  if (!sid || !digestAlgorithm) throw new Stop('incomplete signer info')
  if (!signatureAlgorithm || !signatureValue) throw new Stop('incomplete signer info')

  let hash: string
  try {
    hash = hashOf(digestAlgorithm)
  } catch (error) {
    if (!(error instanceof UnsupportedAlgorithm)) throw error
    check.digestAlgorithm = error.algorithm
    throw new Stop(`unsupported digest ${error.algorithm}`)
  }
  check.digestAlgorithm = digestLabel(hash)
  const algorithmId = children(signatureAlgorithm)[0]
  check.signatureAlgorithm = algorithmId ? oid(algorithmId) : 'unknown'
  const scheme = signatureScheme(signatureAlgorithm, hash)
  check.signatureAlgorithm = scheme.label

  const signer = parsed.find((c) => matchesSid(c, sid))
  if (signer) check.signer = infoOf(signer)

  // adbe.pkcs7.sha1 and other attached forms sign the encapsulated content, not the ranges.
  const eContent = signed.content
  const signedContent = eContent ? [eContent] : ranges
  const contentDigest = digestOf(hash, signedContent)
  const rangesMatch = eContent === null || rangesBelongTo(eContent, ranges)

  if (signedAttrs) {
    const attributes = readAttributes(signedAttrs)
    const messageDigest = attributes.get(OID.messageDigest)
    const time = attributes.get(OID.signingTime)
    if (time) check.signingTime = new Date(parseTime(time))
    check.digestMatches =
      messageDigest !== undefined && Buffer.from(content(messageDigest)).equals(contentDigest) && rangesMatch
    if (!signer) throw new Stop('no signer certificate')
    // The signature covers the attributes as a DER SET OF, not as the [0] IMPLICIT they are stored as.
    const toVerify = Buffer.from(encoded(signedAttrs))
    toVerify[0] = 0x31
    check.signatureValid = verifySignature(scheme, publicKeyOf(signer), [toVerify], content(signatureValue))
    if (!messageDigest) throw new Stop('no messageDigest attribute')
  } else {
    if (!signer) throw new Stop('no signer certificate')
    check.signatureValid = verifySignature(
      scheme,
      publicKeyOf(signer),
      signedContent,
      content(signatureValue),
    )
    check.digestMatches = check.signatureValid && rangesMatch
  }
}

/** sid is IssuerAndSerialNumber, or [0] SubjectKeyIdentifier. */
function matchesSid(cert: ParsedCertificate, sid: DerElement): boolean {
  if (isContext(sid, 0)) return Buffer.from(content(sid)).equals(cert.keyId)
  const [issuer, serial] = children(sid)
  if (!issuer || !serial) return false
  return (
    Buffer.from(encoded(issuer)).equals(Buffer.from(cert.issuer.der)) && integerHex(serial) === cert.serialHex
  )
}

function readAttributes(signedAttrs: DerElement): Map<string, DerElement> {
  const map = new Map<string, DerElement>()
  for (const attribute of children(signedAttrs)) {
    const [type, values] = children(attribute)
    const first = values ? children(values)[0] : undefined
    if (type && first) map.set(oid(type), first)
  }
  return map
}

function digestOf(hash: string, parts: readonly Uint8Array[]): Buffer {
  const digest = createHash(hash)
  for (const part of parts) digest.update(part)
  return digest.digest()
}

/** adbe.pkcs7.sha1 encapsulates the SHA-1 of the ranges; anything else encapsulated must be the ranges. */
function rangesBelongTo(eContent: Uint8Array, ranges: readonly Uint8Array[]): boolean {
  const actual = Buffer.from(eContent)
  return actual.equals(digestOf('sha1', ranges)) || actual.equals(Buffer.concat(ranges))
}
