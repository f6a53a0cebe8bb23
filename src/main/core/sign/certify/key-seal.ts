import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  randomBytes,
  scryptSync,
  type KeyObject,
} from 'node:crypto'

// `PDK1`: a Paperdesk key sealed under a passphrase, format 1. Anything else stored for a
// passphrase-protected key is the earlier form: PKCS#8 with PBKDF2 at 2 048 iterations.
const MAGIC = Buffer.from('PDK1', 'latin1')
const SALT_BYTES = 16
const NONCE_BYTES = 12
const TAG_BYTES = 16
/**
 * scrypt at N = 2^15, r = 8, p = 3: 32 MiB and about a third of a second per unlock, each guess
 * costing an attacker the same (RFC 7914; OWASP's minimum is N = 2^17 with p = 1, equal work).
 */
const PARAMS = { logN: 15, r: 8, p: 3 }
const HEADER_BYTES = MAGIC.length + 3 + SALT_BYTES + NONCE_BYTES

function keyFor(passphrase: string, salt: Buffer, logN: number, r: number, p: number): Buffer {
  return scryptSync(passphrase, salt, 32, { N: 2 ** logN, r, p, maxmem: 256 * 2 ** 20 })
}

/** The private key encrypted with AES-256-GCM under a key scrypt derives from the passphrase. */
export function sealWithPassphrase(privateKey: KeyObject, passphrase: string): Buffer {
  const salt = randomBytes(SALT_BYTES)
  const nonce = randomBytes(NONCE_BYTES)
  const header = Buffer.concat([MAGIC, Buffer.from([PARAMS.logN, PARAMS.r, PARAMS.p]), salt, nonce])
  const cipher = createCipheriv(
    'aes-256-gcm',
    keyFor(passphrase, salt, PARAMS.logN, PARAMS.r, PARAMS.p),
    nonce,
  )
  // The header is authenticated too: nobody lowers the cost parameters of a stored key.
  cipher.setAAD(header)
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' })
  const body = Buffer.concat([cipher.update(pkcs8), cipher.final()])
  return Buffer.concat([header, cipher.getAuthTag(), body])
}

export const isLegacySeal = (data: Buffer) => !data.subarray(0, MAGIC.length).equals(MAGIC)

/** The key, or `null` when the passphrase is wrong (or the stored bytes were changed). */
export function openSealed(data: Buffer, passphrase: string): KeyObject | null {
  try {
    if (isLegacySeal(data)) return createPrivateKey({ key: data, format: 'der', type: 'pkcs8', passphrase })
    const header = data.subarray(0, HEADER_BYTES)
    const [logN, r, p] = [header[4], header[5], header[6]] as [number, number, number]
    if (logN > 20 || r > 16 || p > 16) return null
    const salt = header.subarray(7, 7 + SALT_BYTES)
    const nonce = header.subarray(7 + SALT_BYTES)
    const decipher = createDecipheriv('aes-256-gcm', keyFor(passphrase, salt, logN, r, p), nonce)
    decipher.setAAD(header)
    decipher.setAuthTag(data.subarray(HEADER_BYTES, HEADER_BYTES + TAG_BYTES))
    const pkcs8 = Buffer.concat([decipher.update(data.subarray(HEADER_BYTES + TAG_BYTES)), decipher.final()])
    return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' })
  } catch {
    return null
  }
}
