import { createHash, createPublicKey, type KeyObject, X509Certificate } from 'node:crypto'
import type { PublicKeyFacts } from '../../../shared/contract/filing-inspect'
import {
  children,
  content,
  type DerElement,
  encoded,
  expectUniversal,
  integerHex,
  isContext,
  isUniversal,
  octets,
  oid,
  readElement,
  readRoot,
  TAG,
} from '../asn1/der'
import { parseName, parseTime, type ParsedName } from '../asn1/x509-name'
import { OID } from './oids'

/**
 * An X.509 certificate as read once, for everything that looks at one: Filing's inspector (the
 * facts a filing asks for), Sign's identities, CMS signing and verifying, chain building.
 */
export interface ParsedCertificate {
  der: Buffer
  serialHex: string
  /** The serial INTEGER as encoded, for IssuerAndSerialNumber. */
  serialDer: Buffer
  issuer: ParsedName
  subject: ParsedName
  notBefore: Date
  notAfter: Date
  /** SubjectPublicKeyInfo as encoded. */
  spki: Buffer
  /** The subjectKeyIdentifier extension, else the SHA-1 of the public key bits (RFC 5280 method 1). */
  keyId: Buffer
  /** basicConstraints cA; null when the extension is absent. */
  isCa: boolean | null
  /** keyUsage keyCertSign; null when keyUsage is absent. */
  canSignCertificates: boolean | null
  version: number
  /** The OID of the issuer's signature algorithm (`signatureAlgorithmName` names it). */
  signatureAlgorithm: string
}

/** Reads one DER certificate; throws on anything malformed (callers turn that into their reason). */
export function parseCertificate(der: Uint8Array, allowTrailing = false): ParsedCertificate {
  const root = allowTrailing ? readElement(der) : readRoot(der)
  const whole = Buffer.from(encoded(root))
  const [tbs, algorithm] = children(expectUniversal(root, TAG.sequence, 'a certificate'))
  const [algorithmId] = children(expectUniversal(algorithm, TAG.sequence, 'an algorithm'))
  if (!algorithmId) throw new Error('missing signature algorithm')
  const fields = children(expectUniversal(tbs, TAG.sequence, 'the signed part of a certificate'))
  const versioned = fields[0] !== undefined && isContext(fields[0], 0)
  const version = versioned
    ? parseInt(integerHex(children(fields[0] as DerElement)[0] as DerElement), 16) + 1
    : 1
  const [serial, , issuer, validity, subject, spki, ...rest] = fields.slice(versioned ? 1 : 0)
  if (!serial || !issuer || !validity || !subject || !spki) throw new Error('incomplete certificate')
  const [notBefore, notAfter] = children(expectUniversal(validity, TAG.sequence, 'a validity period'))
  if (!notBefore || !notAfter) throw new Error('incomplete validity')
  const [, keyBits] = children(expectUniversal(spki, TAG.sequence, 'a public key'))
  const publicKeyBits = content(expectUniversal(keyBits, TAG.bitString, 'public key bits')).subarray(1)

  const extensions = readExtensions(rest.find((e) => isContext(e, 3)))
  const ski = extensions.get(OID.subjectKeyIdentifier)
  const basic = extensions.get(OID.basicConstraints)
  const usage = extensions.get(OID.keyUsage)
  return {
    der: whole,
    serialHex: integerHex(serial),
    serialDer: Buffer.from(encoded(serial)),
    issuer: parseName(issuer),
    subject: parseName(subject),
    notBefore: new Date(parseTime(notBefore)),
    notAfter: new Date(parseTime(notAfter)),
    spki: Buffer.from(encoded(spki)),
    keyId: ski ? Buffer.from(octets(readRoot(ski))) : createHash('sha1').update(publicKeyBits).digest(),
    isCa: basic ? readCaFlag(basic) : null,
    canSignCertificates: usage ? readKeyCertSign(usage) : null,
    version,
    signatureAlgorithm: oid(algorithmId),
  }
}

/** extnID → extnValue contents (the encoded value inside the OCTET STRING). */
function readExtensions(wrapper: DerElement | undefined): Map<string, Uint8Array> {
  const map = new Map<string, Uint8Array>()
  if (!wrapper) return map
  const list = children(wrapper)[0]
  for (const extension of list ? children(expectUniversal(list, TAG.sequence, 'extensions')) : []) {
    const parts = children(extension)
    const id = parts[0]
    const value = parts[parts.length - 1]
    if (id && value && isUniversal(value, TAG.octetString)) map.set(oid(id), content(value))
  }
  return map
}

function readCaFlag(value: Uint8Array): boolean {
  const first = children(readRoot(value))[0]
  return first !== undefined && isUniversal(first, 0x01) && content(first)[0] !== 0
}

function readKeyCertSign(value: Uint8Array): boolean {
  const bits = content(readRoot(value))
  // Bit 5 (keyCertSign) of the first named-bit octet, after the unused-bits count.
  return bits.length > 1 && ((bits[1] as number) & 0x04) !== 0
}

export function publicKeyOf(cert: ParsedCertificate): KeyObject {
  return createPublicKey({ key: cert.spki, format: 'der', type: 'spki' })
}

/** Whether `issuer`'s key verifies `child`'s signature and the names link them. */
export function isIssuedBy(child: ParsedCertificate, issuer: ParsedCertificate): boolean {
  if (!Buffer.from(child.issuer.der).equals(Buffer.from(issuer.subject.der))) return false
  try {
    return new X509Certificate(child.der).verify(publicKeyOf(issuer))
  } catch {
    return false
  }
}

/** A readable label for the certificate's key: 'RSA 2048', 'ECDSA P-256', 'Ed25519'. */
export function keyAlgorithmLabel(cert: ParsedCertificate): string {
  try {
    const key = publicKeyOf(cert)
    const details = key.asymmetricKeyDetails ?? {}
    if (key.asymmetricKeyType === 'rsa') return `RSA ${details.modulusLength ?? '?'}`
    if (key.asymmetricKeyType === 'rsa-pss') return `RSA-PSS ${details.modulusLength ?? '?'}`
    if (key.asymmetricKeyType === 'ec')
      return `ECDSA ${curves[details.namedCurve ?? '']?.label ?? details.namedCurve}`
    if (key.asymmetricKeyType === 'ed25519') return 'Ed25519'
    return (key.asymmetricKeyType ?? 'unknown').toUpperCase()
  } catch {
    return 'unknown'
  }
}

/** Named curves by OpenSSL's name: their size, and how a key on one is labelled. */
const curves: Readonly<Record<string, { bits: number; label?: string }>> = {
  prime256v1: { bits: 256, label: 'P-256' },
  secp256k1: { bits: 256, label: 'secp256k1' },
  secp384r1: { bits: 384, label: 'P-384' },
  secp521r1: { bits: 521, label: 'P-521' },
  secp224r1: { bits: 224 },
}

const hex = (data: Uint8Array) => Buffer.from(data).toString('hex').toUpperCase()

/** A fingerprint as filings and readers show it: uppercase hex without separators. */
export function fingerprint(algorithm: 'md5' | 'sha1' | 'sha256', data: Uint8Array): string {
  return createHash(algorithm).update(data).digest('hex').toUpperCase()
}

/** The public key in every representation the filing forms have been seen to take. */
export function publicKeyFacts(spkiDer: Uint8Array): PublicKeyFacts {
  const key = createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' })
  const type = key.asymmetricKeyType ?? 'unknown'
  const details = key.asymmetricKeyDetails ?? {}
  const base = {
    pem: String(key.export({ type: 'spki', format: 'pem' })).trim(),
    spkiSha256: fingerprint('sha256', spkiDer),
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
    return { ...base, algorithm: 'EC', bits: curve ? (curves[curve]?.bits ?? null) : null, curve }
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
