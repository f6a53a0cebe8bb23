import { createHash, createPublicKey, X509Certificate } from 'node:crypto'
import type {
  CertificateFacts,
  CertificateSource,
  PublicKeyFacts,
} from '../../../../shared/contract/filing-inspect'
import { userError } from '../../../../shared/app-error'
import { children, content, expectUniversal, integerHex, isContext, oid, readRoot, TAG } from '../../asn1/der'
import { firstAttribute, parseName, parseTime, type ParsedName } from '../../asn1/x509-name'

const signatureAlgorithms: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.4': 'MD5withRSA',
  '1.2.840.113549.1.1.5': 'SHA1withRSA',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
  '1.2.840.113549.1.1.11': 'SHA256withRSA',
  '1.2.840.113549.1.1.12': 'SHA384withRSA',
  '1.2.840.113549.1.1.13': 'SHA512withRSA',
  '1.2.840.10045.4.1': 'SHA1withECDSA',
  '1.2.840.10045.4.3.2': 'SHA256withECDSA',
  '1.2.840.10045.4.3.3': 'SHA384withECDSA',
  '1.2.840.10045.4.3.4': 'SHA512withECDSA',
  '1.2.840.10040.4.3': 'SHA1withDSA',
  '2.16.840.1.101.3.4.3.2': 'SHA256withDSA',
  '1.3.101.112': 'Ed25519',
}

const curveBits: Readonly<Record<string, number>> = {
  prime256v1: 256,
  secp256k1: 256,
  secp384r1: 384,
  secp521r1: 521,
  secp224r1: 224,
}

/** A certificate read once: the facts the user files plus what the inspector compares. */
export interface ReadCertificate {
  facts: CertificateFacts
  der: Uint8Array
  subjectName: ParsedName
  issuerName: ParsedName
  x509: X509Certificate
}

const hex = (data: Uint8Array) => Buffer.from(data).toString('hex').toUpperCase()
const digest = (algorithm: string, data: Uint8Array) =>
  createHash(algorithm).update(data).digest('hex').toUpperCase()

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
  const root = readRoot(der)
  const [tbs, signatureAlgorithm] = children(expectUniversal(root, TAG.sequence, 'a certificate'))
  const fields = children(expectUniversal(tbs, TAG.sequence, 'the signed part of a certificate'))
  const offset = fields[0] && isContext(fields[0], 0) ? 1 : 0
  const [serial, , issuer, validity, subject, spki] = fields.slice(offset)
  if (!serial || !issuer || !validity || !subject || !spki) throw new Error('incomplete certificate')
  const [notBefore, notAfter] = children(expectUniversal(validity, TAG.sequence, 'a validity period'))
  if (!notBefore || !notAfter) throw new Error('incomplete validity')
  const [sigAlgorithmId] = children(expectUniversal(signatureAlgorithm, TAG.sequence, 'an algorithm'))
  if (!sigAlgorithmId) throw new Error('missing signature algorithm')
  const sigOid = oid(sigAlgorithmId)

  // Node's parser (OpenSSL) must accept it too: it gives the public key and the issued-by check.
  const x509 = new X509Certificate(Buffer.from(der))
  const subjectName = parseName(subject)
  const issuerName = parseName(issuer)
  const spkiDer = spki.bytes.subarray(spki.start, spki.end)
  const facts: CertificateFacts = {
    subject: subjectName.text,
    issuer: issuerName.text,
    commonName: firstAttribute(subjectName, 'CN'),
    serial: integerHex(serial),
    notBefore: parseTime(notBefore),
    notAfter: parseTime(notAfter),
    md5: digest('md5', der),
    sha1: digest('sha1', der),
    sha256: digest('sha256', der),
    signatureAlgorithm: signatureAlgorithms[sigOid] ?? sigOid,
    selfSigned: Buffer.compare(subjectName.der, issuerName.der) === 0 && x509.checkIssued(x509),
    publicKey: publicKeyFacts(spkiDer),
    pem: x509.toString().trim(),
    sources,
  }
  return { facts, der, subjectName, issuerName, x509 }
}

/** The public key in every representation the filing forms have been seen to take. */
export function publicKeyFacts(spkiDer: Uint8Array): PublicKeyFacts {
  const key = createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' })
  const type = key.asymmetricKeyType ?? 'unknown'
  const details = key.asymmetricKeyDetails ?? {}
  const base = {
    pem: String(key.export({ type: 'spki', format: 'pem' })).trim(),
    spkiSha256: digest('sha256', spkiDer),
    spkiHex: hex(spkiDer),
    curve: null,
    exponent: null,
    modulusHex: null,
    modulusDecimal: null,
  }
  if (type === 'rsa' || type === 'rsa-pss') {
    const { modulus, exponent } = rsaNumbers(spkiDer)
    return {
      ...base,
      algorithm: 'RSA',
      bits: details.modulusLength ?? null,
      exponent: BigInt(`0x${exponent}`).toString(10),
      modulusHex: modulus,
      modulusDecimal: BigInt(`0x${modulus}`).toString(10),
    }
  }
  if (type === 'ec') {
    const curve = details.namedCurve ?? null
    return { ...base, algorithm: 'EC', bits: curve ? (curveBits[curve] ?? null) : null, curve }
  }
  if (type === 'dsa') return { ...base, algorithm: 'DSA', bits: details.modulusLength ?? null }
  return { ...base, algorithm: type === 'ed25519' ? 'Ed25519' : type.toUpperCase(), bits: null }
}

/** The RSA modulus and exponent straight from SubjectPublicKeyInfo → BIT STRING → RSAPublicKey. */
function rsaNumbers(spkiDer: Uint8Array): { modulus: string; exponent: string } {
  const [, bitString] = children(readRoot(spkiDer))
  const bits = content(expectUniversal(bitString, TAG.bitString, 'a bit string'))
  const [modulus, exponent] = children(readRoot(bits.subarray(1)))
  if (!modulus || !exponent) throw new Error('incomplete RSA key')
  return { modulus: integerHex(modulus), exponent: integerHex(exponent) }
}
