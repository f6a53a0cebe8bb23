import { createDecipheriv, pbkdf2Sync } from 'node:crypto'
import { children, content, type DerElement, integerHex, isUniversal, octets, oid, TAG } from '../../asn1/der'
import { KDF_PURPOSE, pkcs12Kdf } from './pkcs12-kdf'
import { rc2CbcDecrypt } from './rc2'
import { OID } from '../../pki/oids'
import { UnsupportedAlgorithm } from './signature-scheme'

/** Decryption that failed the way a wrong password fails (bad padding, garbage out). */
export class DecryptionFailed extends Error {}

/** The password in the two encodings PKCS#12 uses: UTF-8 for PBES2, a BMPString for its own PBEs. */
export interface PbePassword {
  utf8: Buffer
  bmp: Buffer
}

// PKCS#12 PBE schemes (RFC 7292 appendix C): cipher, key length, and RC2's effective key bits.
const pkcs12Schemes: Readonly<Record<string, { cipher: string; keyBytes: number; name: string }>> = {
  '1.2.840.113549.1.12.1.3': {
    cipher: 'des-ede3-cbc',
    keyBytes: 24,
    name: 'pbeWithSHAAnd3-KeyTripleDES-CBC',
  },
  '1.2.840.113549.1.12.1.4': { cipher: 'des-ede-cbc', keyBytes: 16, name: 'pbeWithSHAAnd2-KeyTripleDES-CBC' },
  '1.2.840.113549.1.12.1.5': { cipher: 'rc2', keyBytes: 16, name: 'pbeWithSHAAnd128BitRC2-CBC' },
  '1.2.840.113549.1.12.1.6': { cipher: 'rc2', keyBytes: 5, name: 'pbeWithSHAAnd40BitRC2-CBC' },
}

const pbes2Ciphers: Readonly<Record<string, { cipher: string; keyBytes: number }>> = {
  '2.16.840.1.101.3.4.1.2': { cipher: 'aes-128-cbc', keyBytes: 16 },
  '2.16.840.1.101.3.4.1.22': { cipher: 'aes-192-cbc', keyBytes: 24 },
  '2.16.840.1.101.3.4.1.42': { cipher: 'aes-256-cbc', keyBytes: 32 },
  '1.2.840.113549.3.7': { cipher: 'des-ede3-cbc', keyBytes: 24 },
}

const prfs: Readonly<Record<string, string>> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
}

/**
 * Above these a file takes seconds to open (the fuzzer's find: a count of 10 million kept a
 * crafted .p12 busy for a minute). Real files stay far below: OpenSSL writes 2 048, Windows
 * 2 000, Java 10 000 to 100 000 for the PKCS#12 ciphers (hashed here in JS, one call per round,
 * several derivations per bag); PBKDF2 (native) up to the 600 000 that OWASP advises, which also
 * bounds the MAC (one derivation per file).
 */
const MAX_PKCS12_KDF_ITERATIONS = 100_000
export const MAX_PBKDF2_ITERATIONS = 600_000

function iterationCount(element: DerElement | undefined, max: number): number {
  const count = element && isUniversal(element, TAG.integer) ? parseInt(integerHex(element), 16) : NaN
  if (!(count >= 1)) throw new Error('bad iteration count')
  if (count > max) throw new UnsupportedAlgorithm(`${count} key-derivation iterations`)
  return count
}

/** Decrypts `data` encrypted under the password-based scheme `algorithm` (an AlgorithmIdentifier). */
export function pbeDecrypt(algorithm: DerElement, data: Uint8Array, password: PbePassword): Buffer {
  const [idElement, params] = children(algorithm)
  if (!idElement) throw new UnsupportedAlgorithm('(missing)')
  const id = oid(idElement)
  if (id === OID.pbes2) return pbes2Decrypt(params, data, password.utf8)
  const scheme = pkcs12Schemes[id]
  if (!scheme) throw new UnsupportedAlgorithm(id)
  if (!params) throw new Error('missing PBE parameters')
  const [salt, iterations] = children(params)
  if (!salt) throw new Error('missing PBE salt')
  const count = iterationCount(iterations, MAX_PKCS12_KDF_ITERATIONS)
  const saltBytes = content(salt)
  const key = pkcs12Kdf('sha1', password.bmp, saltBytes, count, KDF_PURPOSE.key, scheme.keyBytes)
  const iv = pkcs12Kdf('sha1', password.bmp, saltBytes, count, KDF_PURPOSE.iv, 8)
  try {
    if (scheme.cipher === 'rc2') return rc2CbcDecrypt(key, scheme.keyBytes * 8, iv, data)
    return decipher(scheme.cipher, key, iv, data)
  } catch (error) {
    if (error instanceof UnsupportedAlgorithm) throw error
    throw new DecryptionFailed('decryption failed')
  }
}

/** PBES2 (RFC 8018): PBKDF2 with an HMAC, then a block cipher in CBC mode. */
function pbes2Decrypt(params: DerElement | undefined, data: Uint8Array, password: Buffer): Buffer {
  const [kdf, encryption] = params ? children(params) : []
  if (!kdf || !encryption) throw new Error('missing PBES2 parameters')
  const [kdfId, kdfParams] = children(kdf)
  if (!kdfId || oid(kdfId) !== OID.pbkdf2) throw new UnsupportedAlgorithm(kdfId ? oid(kdfId) : '(missing)')
  const fields = kdfParams ? children(kdfParams) : []
  const salt = fields[0]
  if (!salt || !isUniversal(salt, TAG.octetString))
    throw new UnsupportedAlgorithm('PBKDF2 with a non-octet salt')
  const count = iterationCount(fields[1], MAX_PBKDF2_ITERATIONS)
  const prfElement = fields.slice(2).find((f) => isUniversal(f, TAG.sequence))
  const prfId = prfElement ? children(prfElement)[0] : undefined
  const prfOid = prfId ? oid(prfId) : '1.2.840.113549.2.7'
  const prf = prfs[prfOid]
  if (!prf) throw new UnsupportedAlgorithm(prfOid)

  const [cipherId, ivElement] = children(encryption)
  const cipherOid = cipherId ? oid(cipherId) : '(missing)'
  const cipher = pbes2Ciphers[cipherOid]
  if (!cipher) throw new UnsupportedAlgorithm(cipherOid)
  if (!ivElement || !isUniversal(ivElement, TAG.octetString)) throw new Error('missing IV')
  const key = pbkdf2Sync(password, octets(salt), count, cipher.keyBytes, prf)
  try {
    return decipher(cipher.cipher, key, octets(ivElement), data)
  } catch {
    throw new DecryptionFailed('decryption failed')
  }
}

function decipher(cipher: string, key: Uint8Array, iv: Uint8Array, data: Uint8Array): Buffer {
  let engine
  try {
    engine = createDecipheriv(cipher, key, iv)
  } catch {
    // This build of OpenSSL lacks the cipher (legacy ones are optional).
    throw new UnsupportedAlgorithm(cipher)
  }
  return Buffer.concat([engine.update(data), engine.final()])
}
