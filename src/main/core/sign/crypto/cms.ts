import { createHash, createPublicKey, type KeyObject, sign } from 'node:crypto'
import { userError } from '../../../../shared/app-error'
import {
  explicit,
  implicit,
  integer,
  nullValue,
  octetString,
  oid,
  raw,
  sequence,
  set,
  time,
} from '../../asn1/der-writer'
import { parseCertificate } from '../../pki/certificate'
import { OID } from '../../pki/oids'

export type SubFilter = 'adbe.pkcs7.detached' | 'ETSI.CAdES.detached'

export interface CmsSignRequest {
  /** The PDF's signed byte ranges, in order. */
  content: Uint8Array[]
  privateKey: KeyObject
  certificate: Buffer
  chain?: Buffer[]
  signingTime: Date
  subFilter: SubFilter
}

const sha256Algorithm = () => sequence(oid(OID.sha256), nullValue())

/**
 * A detached CMS SignedData (RFC 5652) over the byte ranges, SHA-256, for a PDF's /Contents.
 * CAdES (PAdES baseline) forbids the signingTime attribute: the time goes in the PDF's /M.
 */
export function createCmsSignature(req: CmsSignRequest): Buffer {
  const cert = parseCertificate(req.certificate)
  const keyType = req.privateKey.asymmetricKeyType
  if (req.privateKey.type !== 'private' || (keyType !== 'rsa' && keyType !== 'ec'))
    throw userError('VALIDATION', 'certify.key-unsupported', 'this kind of key ({{type}}) cannot sign here', {
      type: keyType ?? req.privateKey.type,
    })
  const keySpki = createPublicKey(req.privateKey).export({ type: 'spki', format: 'der' })
  const certSpki = createPublicKey({ key: cert.spki, format: 'der', type: 'spki' }).export({
    type: 'spki',
    format: 'der',
  })
  if (!keySpki.equals(certSpki))
    throw userError(
      'VALIDATION',
      'certify.key-mismatch',
      'the private key does not belong to the certificate',
    )

  const digest = createHash('sha256')
  for (const range of req.content) digest.update(range)
  const attributes = [
    attribute(OID.contentType, oid(OID.data)),
    attribute(OID.messageDigest, octetString(digest.digest())),
    attribute(
      OID.signingCertificateV2,
      signingCertificateV2(req.certificate, cert.issuer.der, cert.serialDer),
    ),
  ]
  if (req.subFilter === 'adbe.pkcs7.detached')
    attributes.push(attribute(OID.signingTime, time(req.signingTime)))
  // The signature covers the attributes as a DER SET; in the SignerInfo they are [0] IMPLICIT.
  const signedAttributes = set(...attributes)
  const signature = sign('sha256', signedAttributes, req.privateKey)
  // rsaEncryption, not sha256WithRSAEncryption: the form every PDF reader's CMS code accepts.
  const signatureAlgorithm =
    keyType === 'ec' ? sequence(oid(OID.ecdsaWithSha256)) : sequence(oid(OID.rsaEncryption), nullValue())

  const signerInfo = sequence(
    integer(1),
    sequence(raw(cert.issuer.der), raw(cert.serialDer)),
    sha256Algorithm(),
    implicit(0, signedAttributes),
    signatureAlgorithm,
    octetString(signature),
  )
  // The signer's certificate first: some readers take the first one as the signer's.
  const certificates = [
    req.certificate,
    ...(req.chain ?? []).filter((c) => !Buffer.from(c).equals(req.certificate)),
  ]
  const signedData = sequence(
    integer(1),
    set(sha256Algorithm()),
    sequence(oid(OID.data)),
    implicit(0, sequence(...certificates.map((c) => raw(c)))),
    set(signerInfo),
  )
  return sequence(oid(OID.signedData), explicit(0, signedData))
}

function attribute(type: string, value: Buffer): Buffer {
  return sequence(oid(type), set(value))
}

/** ESS signing-certificate-v2 (RFC 5035): binds the signature to this certificate; SHA-256 is the default hash. */
function signingCertificateV2(certificate: Buffer, issuer: Uint8Array, serial: Buffer): Buffer {
  const certHash = createHash('sha256').update(certificate).digest()
  const issuerSerial = sequence(sequence(explicit(4, raw(issuer))), raw(serial))
  return sequence(sequence(sequence(octetString(certHash), issuerSerial)))
}
