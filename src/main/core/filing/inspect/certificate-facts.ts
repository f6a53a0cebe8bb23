import { X509Certificate } from 'node:crypto'
import type { CertificateFacts, CertificateSource } from '../../../../shared/contract/filing-inspect'
import { userError } from '../../../../shared/app-error'
import { firstAttribute, type ParsedName } from '../../asn1/x509-name'
import { fingerprint, parseCertificate, publicKeyFacts } from '../../pki/certificate'
import { signatureAlgorithmName } from '../../pki/oids'

/** A certificate read once: the facts the user files plus what the inspector compares. */
export interface ReadCertificate {
  facts: CertificateFacts
  der: Uint8Array
  subjectName: ParsedName
  issuerName: ParsedName
  x509: X509Certificate
}

/** Reads one DER certificate; anything that is not one is a `filing.certificate-broken` error. */
export function readCertificate(der: Uint8Array, sources: CertificateSource[]): ReadCertificate {
  try {
    return readCertificateUnchecked(der, sources)
  } catch (error) {
    throw userError(
      'INVALID_FILE',
      'filing.certificate-broken',
      'A signing certificate is damaged and cannot be read',
      {
        detail: error instanceof Error ? error.message.slice(0, 120) : 'unreadable',
      },
    )
  }
}

function readCertificateUnchecked(der: Uint8Array, sources: CertificateSource[]): ReadCertificate {
  const cert = parseCertificate(der)
  // Node's parser (OpenSSL) must accept it too: it gives the public key and the issued-by check.
  const x509 = new X509Certificate(Buffer.from(der))
  const facts: CertificateFacts = {
    subject: cert.subject.text,
    issuer: cert.issuer.text,
    commonName: firstAttribute(cert.subject, 'CN'),
    serial: cert.serialHex,
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    md5: fingerprint('md5', der),
    sha1: fingerprint('sha1', der),
    sha256: fingerprint('sha256', der),
    signatureAlgorithm: signatureAlgorithmName(cert.signatureAlgorithm),
    selfSigned: Buffer.compare(cert.subject.der, cert.issuer.der) === 0 && x509.checkIssued(x509),
    publicKey: publicKeyFacts(cert.spki),
    pem: x509.toString().trim(),
    sources,
  }
  return { facts, der, subjectName: cert.subject, issuerName: cert.issuer, x509 }
}
