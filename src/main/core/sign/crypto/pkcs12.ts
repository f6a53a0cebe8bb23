import { createHmac, createPrivateKey, createPublicKey, type KeyObject, timingSafeEqual } from 'node:crypto'
import { AppError, userError } from '../../../../shared/app-error'
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
} from '../../asn1/der'
import { parseCertificate, type ParsedCertificate } from '../../pki/certificate'
import { orderChain } from './issuer-index'
import { digestByOid, OID } from '../../pki/oids'
import { DecryptionFailed, MAX_PBKDF2_ITERATIONS, pbeDecrypt, type PbePassword } from './pbe-decrypt'
import { bmpPasswords, KDF_PURPOSE, pkcs12Kdf } from './pkcs12-kdf'
import { UnsupportedAlgorithm } from './signature-scheme'

const notP12 = () =>
  userError('INVALID_FILE', 'certify.p12-not-p12', 'this file is not a PKCS#12 (.p12/.pfx) identity')
const wrongPassword = () =>
  userError('VALIDATION', 'certify.p12-wrong-password', 'the password is wrong, or the file was changed')
const unsupported = (algorithm: string) =>
  userError(
    'INVALID_FILE',
    'certify.p12-unsupported',
    'the identity file uses {{algorithm}}, which Paperdesk cannot read',
    {
      algorithm,
    },
  )
const noKey = () =>
  userError(
    'INVALID_FILE',
    'certify.p12-no-key',
    'the identity file holds no private key with its certificate',
  )

/**
 * Reads a PKCS#12 identity: OpenSSL 3's default (PBES2 with AES, HMAC-SHA-256) and the legacy
 * kinds (3DES and 40-bit RC2, HMAC-SHA-1). The MAC is checked before anything is decrypted.
 */
export function readPkcs12(
  data: Uint8Array,
  password: string,
): { privateKey: KeyObject; certificate: Buffer; chain: Buffer[] } {
  let authSafe: Uint8Array
  let macData: DerElement | undefined
  try {
    const [version, contentInfo, mac] = children(expectUniversal(readElement(data), TAG.sequence, 'a PFX'))
    if (!version || integerHex(version) !== '03' || !contentInfo) throw new Error('not a PFX')
    const [type, wrapped] = children(expectUniversal(contentInfo, TAG.sequence, 'a content info'))
    if (!type || !wrapped || !isContext(wrapped, 0)) throw new Error('not a PFX')
    if (oid(type) === OID.signedData) throw unsupported('public-key integrity (signedData)')
    if (oid(type) !== OID.data) throw new Error('not a PFX')
    authSafe = octets(children(wrapped)[0] as DerElement)
    macData = mac
  } catch (error) {
    if (error instanceof AppError) throw error
    throw notP12()
  }

  const candidates = bmpPasswords(password)
  const bmp = macData
    ? candidates.find((c) => macMatchesOrRefuse(macData as DerElement, authSafe, c))
    : undefined
  if (macData && !bmp) throw wrongPassword()
  const tries: PbePassword[] = (bmp ? [bmp] : candidates).map((b) => ({
    utf8: Buffer.from(password, 'utf8'),
    bmp: b,
  }))

  let lastError: unknown
  for (const attempt of tries) {
    try {
      return pickIdentity(readBags(authSafe, attempt))
    } catch (error) {
      lastError = error
      if (!(error instanceof DecryptionFailed)) break
    }
  }
  if (lastError instanceof UnsupportedAlgorithm) throw unsupported(lastError.algorithm)
  if (lastError instanceof DecryptionFailed) throw wrongPassword()
  if (lastError instanceof AppError) throw lastError
  // The MAC held but the contents do not parse: damaged, not ours to read.
  throw macData ? notP12() : wrongPassword()
}

/** A damaged MacData (not DER, wrong shape) is a damaged file, not an internal error. */
function macMatchesOrRefuse(macData: DerElement, authSafe: Uint8Array, password: Buffer): boolean {
  try {
    return macMatches(macData, authSafe, password)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw notP12()
  }
}

/** Checks the PFX MAC: HMAC over the AuthenticatedSafe with a key from the PKCS#12 KDF (RFC 7292 B). */
function macMatches(macData: DerElement, authSafe: Uint8Array, password: Buffer): boolean {
  const [digestInfo, salt, iterations] = children(macData)
  if (!digestInfo || !salt) throw notP12()
  const [algorithm, expected] = children(digestInfo)
  const id = algorithm ? children(algorithm)[0] : undefined
  if (!id || !expected) throw notP12()
  const algorithmId = oid(id)
  const hash = digestByOid[algorithmId]
  if (!hash) throw unsupported(algorithmId === '1.2.840.113549.1.5.14' ? 'PBMAC1' : algorithmId)
  const count = iterations ? parseInt(integerHex(iterations), 16) : 1
  if (!(count >= 1)) throw notP12()
  if (count > MAX_PBKDF2_ITERATIONS) throw unsupported(`${count} MAC iterations`)
  const macKey = pkcs12Kdf(hash, password, content(salt), count, KDF_PURPOSE.mac, expectedLength(hash))
  const actual = createHmac(hash, macKey).update(authSafe).digest()
  const wanted = content(expected)
  return actual.length === wanted.length && timingSafeEqual(actual, wanted)
}

const expectedLength = (hash: string) =>
  ({ sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 })[hash] ?? 32

interface Bags {
  keys: KeyObject[]
  certificates: ParsedCertificate[]
}

function readBags(authSafe: Uint8Array, password: PbePassword): Bags {
  const bags: Bags = { keys: [], certificates: [] }
  for (const info of children(expectUniversal(readRoot(authSafe), TAG.sequence, 'an authenticated safe'))) {
    const [type, wrapped] = children(info)
    if (!type || !wrapped || !isContext(wrapped, 0)) continue
    const inner = children(wrapped)[0] as DerElement
    const kind = oid(type)
    if (kind === OID.data) readSafeContents(octets(inner), password, bags)
    else if (kind === OID.encryptedData) {
      const [, encryptedContentInfo] = children(inner)
      const [, algorithm, encrypted] = children(encryptedContentInfo as DerElement)
      if (!algorithm || !encrypted) continue
      const plain = pbeDecrypt(algorithm, octets(encrypted), password)
      readSafeContents(plain, password, bags, true)
    } else throw new UnsupportedAlgorithm(`content type ${kind}`)
  }
  return bags
}

function readSafeContents(der: Uint8Array, password: PbePassword, bags: Bags, decrypted = false): void {
  let list: DerElement[]
  try {
    list = children(expectUniversal(readRoot(der), TAG.sequence, 'safe contents'))
  } catch (error) {
    // Garbage out of a decryption means the password was wrong (when no MAC said so first).
    if (decrypted) throw new DecryptionFailed('decrypted data is not DER')
    throw error
  }
  for (const bag of list) {
    const [type, wrapped] = children(bag)
    if (!type || !wrapped || !isContext(wrapped, 0)) continue
    const value = children(wrapped)[0] as DerElement
    switch (oid(type)) {
      case OID.keyBag:
        bags.keys.push(privateKey(encoded(value), false))
        break
      case OID.shroudedKeyBag: {
        const [algorithm, encrypted] = children(value)
        if (!algorithm || !encrypted) break
        bags.keys.push(privateKey(pbeDecrypt(algorithm, octets(encrypted), password), true))
        break
      }
      case OID.certBag: {
        const [certType, certValue] = children(value)
        if (!certType || oid(certType) !== OID.x509Certificate || !certValue) break
        const der = octets(children(certValue)[0] as DerElement)
        bags.certificates.push(parseCertificate(der))
        break
      }
      case OID.safeContentsBag:
        readSafeContents(encoded(value), password, bags)
        break
      default:
      // CRLs, secrets and unknown bags carry nothing a signer needs.
    }
  }
}

function privateKey(pkcs8: Uint8Array, decrypted: boolean): KeyObject {
  try {
    return createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' })
  } catch {
    if (decrypted && !isSequence(pkcs8)) throw new DecryptionFailed('decrypted key is not DER')
    throw new UnsupportedAlgorithm('this kind of private key')
  }
}

function isSequence(der: Uint8Array): boolean {
  try {
    return isUniversal(readRoot(der), TAG.sequence)
  } catch {
    return false
  }
}

const spkiOf = (key: KeyObject) => createPublicKey(key).export({ type: 'spki', format: 'der' })

/** The first key with a certificate for it; the other certificates, issuers first, are the chain. */
function pickIdentity(bags: Bags): { privateKey: KeyObject; certificate: Buffer; chain: Buffer[] } {
  for (const key of bags.keys) {
    const publicKey = spkiOf(key)
    // The certificate's own SPKI bytes first; re-encoding each (slow with thousands) only if none match.
    const leaf =
      bags.certificates.find((c) => Buffer.from(c.spki).equals(publicKey)) ??
      bags.certificates.find((c) => {
        try {
          return createPublicKey({ key: c.spki, format: 'der', type: 'spki' })
            .export({ type: 'spki', format: 'der' })
            .equals(publicKey)
        } catch {
          return false
        }
      })
    if (!leaf) continue
    const chain = orderChain(
      leaf,
      bags.certificates.filter((c) => c !== leaf),
    )
    return { privateKey: key, certificate: leaf.der, chain: chain.map((c) => c.der) }
  }
  throw noKey()
}
