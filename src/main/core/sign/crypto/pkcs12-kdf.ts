import { createHash } from 'node:crypto'

/** What a PKCS#12 key derivation produces (RFC 7292 B.3): the cipher key, its IV, or the MAC key. */
export const KDF_PURPOSE = { key: 1, iv: 2, mac: 3 } as const

// Hash input block sizes (the `v` of RFC 7292 B.2).
const blockBytes: Readonly<Record<string, number>> = {
  sha1: 64,
  sha224: 64,
  sha256: 64,
  sha384: 128,
  sha512: 128,
}

/**
 * PKCS#12 passwords are BMPStrings with a terminating zero (RFC 7292 B.1). An empty password has
 * two spellings in the wild (the two zero bytes, or nothing at all), so callers try both.
 */
export function bmpPasswords(password: string): Buffer[] {
  const units = Buffer.from(`${password}\0`, 'utf16le').swap16()
  return password === '' ? [units, Buffer.alloc(0)] : [units]
}

/** The PKCS#12 key derivation function of RFC 7292 appendix B.2. */
export function pkcs12Kdf(
  hash: string,
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  purpose: number,
  length: number,
): Buffer {
  const v = blockBytes[hash]
  if (!v) throw new Error(`no PKCS#12 key derivation with ${hash}`)
  const stretch = (input: Uint8Array) => {
    const size = v * Math.ceil(input.length / v)
    const out = Buffer.alloc(size)
    for (let i = 0; i < size; i++) out[i] = input[i % input.length] as number
    return out
  }
  const diversifier = Buffer.alloc(v, purpose)
  const block = Buffer.concat([stretch(salt), stretch(password)])
  const output: Buffer[] = []
  for (let produced = 0; produced < length;) {
    let a = createHash(hash).update(diversifier).update(block).digest()
    for (let r = 1; r < iterations; r++) a = createHash(hash).update(a).digest()
    output.push(a)
    produced += a.length
    if (produced >= length) break
    // I_j = (I_j + B + 1) mod 2^(8v), where B is A repeated to v bytes.
    const b = stretch(a)
    for (let j = 0; j < block.length; j += v) {
      let carry = 1
      for (let k = v - 1; k >= 0; k--) {
        const sum = (block[j + k] as number) + (b[k] as number) + carry
        block[j + k] = sum & 0xff
        carry = sum >> 8
      }
    }
  }
  return Buffer.concat(output).subarray(0, length)
}
