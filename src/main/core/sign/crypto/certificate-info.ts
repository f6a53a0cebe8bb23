import { createHash, X509Certificate } from 'node:crypto'
import { userError } from '../../../../shared/app-error'
import { encoded, readElement } from '../../asn1/der'
import { firstAttribute } from '../../asn1/x509-name'
import {
  isIssuedBy,
  keyAlgorithmLabel,
  parseCertificate,
  type ParsedCertificate,
} from '../../pki/certificate'
import { NotSignedData, readSignedData } from '../../pki/signed-data'

export interface CertificateInfo {
  der: Buffer
  /** Readable, most specific first: "CN=张三, O=某某科技有限公司, EMAILADDRESS=a@b.cn". */
  subject: string
  /** CN, or the subject text when there is no CN. */
  commonName: string
  issuer: string
  issuerCommonName: string
  serialHex: string
  notBefore: Date
  notAfter: Date
  /** Upper-case hex SHA-256 of the DER. */
  sha256: string
  /** 'RSA 2048', 'ECDSA P-256', … */
  keyAlgorithm: string
  /** Subject equals issuer and the certificate's own key verifies its signature. */
  selfSigned: boolean
}

function unreadable(detail: string) {
  return userError('INVALID_FILE', 'certify.certificate-unreadable', `not a readable certificate (${detail})`)
}

const why = (error: unknown) => (error instanceof Error ? error.message.slice(0, 120) : 'unreadable')

/** The facts of one DER certificate a user sees and compares. */
export function certificateInfo(der: Uint8Array): CertificateInfo {
  let cert: ParsedCertificate
  try {
    cert = parseCertificate(der)
    // OpenSSL must accept it too, or nothing downstream (signing, verifying) could use it.
    new X509Certificate(cert.der)
  } catch (error) {
    throw unreadable(why(error))
  }
  return infoOf(cert)
}

export function infoOf(cert: ParsedCertificate): CertificateInfo {
  return {
    der: cert.der,
    subject: cert.subject.text,
    commonName: firstAttribute(cert.subject, 'CN') ?? cert.subject.text,
    issuer: cert.issuer.text,
    issuerCommonName: firstAttribute(cert.issuer, 'CN') ?? cert.issuer.text,
    serialHex: cert.serialHex,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
    sha256: createHash('sha256').update(cert.der).digest('hex').toUpperCase(),
    keyAlgorithm: keyAlgorithmLabel(cert),
    selfSigned: isIssuedBy(cert, cert),
  }
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g

/**
 * The DER of the first certificate in a .cer/.crt/.der file, PEM or binary; a PKCS#7 bundle
 * (.p7b, PEM or DER) gives its first certificate.
 */
export function readCertificateFile(bytes: Uint8Array): Buffer {
  const data = Buffer.from(bytes)
  const candidates: Buffer[] = []
  if (data[0] === 0x30) candidates.push(data)
  else {
    const text = data.toString('latin1')
    for (const [, label, body] of text.matchAll(PEM_BLOCK)) {
      if (/^(X509 |TRUSTED )?CERTIFICATE$|^PKCS7$/.test(label ?? ''))
        candidates.push(Buffer.from(body ?? '', 'base64'))
    }
    // Some tools write bare base64 without the BEGIN/END lines.
    if (candidates.length === 0 && /^[\sA-Za-z0-9+/=]+$/.test(text))
      candidates.push(Buffer.from(text, 'base64'))
  }
  let problem = 'no certificate found'
  for (const candidate of candidates) {
    try {
      const cert = firstCertificate(candidate)
      new X509Certificate(cert)
      return cert
    } catch (error) {
      problem = why(error)
    }
  }
  throw unreadable(problem)
}

function firstCertificate(der: Buffer): Buffer {
  let bundle: Uint8Array[] | null = null
  try {
    bundle = readSignedData(der).certificates
  } catch (error) {
    // Not a PKCS#7 bundle: a certificate, read below.
    if (!(error instanceof NotSignedData)) throw error
  }
  if (bundle) {
    const [first] = bundle
    if (!first) throw new Error('the PKCS#7 bundle holds no certificate')
    return Buffer.from(first)
  }
  return parseCertificate(encoded(readElement(der))).der
}
