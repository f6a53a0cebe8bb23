/**
 * RC2-CBC decryption (RFC 2268). `openssl pkcs12 -legacy` still encrypts certificates with
 * 40-bit RC2, which the OpenSSL inside Node no longer offers; decrypting is all we need.
 */

// PITABLE of RFC 2268 section 2: a permutation of 0..255 derived from the digits of pi.
const PITABLE = Buffer.from(
  'd978f9c419ddb5ed28e9fd794aa0d89dc67e37832b76538e624c6488448bfba2' +
    '179a59f587b34f1361456d8d09817d32bd8f40eb86b77b0bf09521225c6b4e82' +
    '54d66593ce60b21c7356c014a78cf1dc1275ca1f3bbee4d1423dd430a33cb626' +
    '6fbf0eda4669075727f21d9bbc944303f811c7f690ef3ee706c3d52fc8661ed7' +
    '08e8eade8052eef784aa72ac354d6a2a961ad2715a1549744b9fd05e0418a4ec' +
    'c2e0416e0f51cbcc2491af50a1f47039997c3a8523b8b47afc02365b25559731' +
    '2d5dfa98e38a92ae05df2910676cbac9d300e6cfe19ea82c6316013f58e289a9' +
    '0d38341bab33ffb0bb480c5fb9b1cd2ec5f3db47e5a59c770aa62068fe7fc1ad',
  'hex',
)

/** The 64 16-bit subkeys for `key` limited to `effectiveBits` (RFC 2268 section 2). */
function expandKey(key: Uint8Array, effectiveBits: number): Uint16Array {
  const t = key.length
  if (t < 1 || t > 128) throw new Error('rc2: key must be 1 to 128 bytes')
  const l = new Uint8Array(128)
  l.set(key)
  for (let i = t; i < 128; i++) l[i] = PITABLE[((l[i - 1] as number) + (l[i - t] as number)) & 0xff] as number
  const t8 = Math.ceil(effectiveBits / 8)
  const tm = 0xff >> (8 * t8 - effectiveBits)
  l[128 - t8] = PITABLE[(l[128 - t8] as number) & tm] as number
  for (let i = 127 - t8; i >= 0; i--) l[i] = PITABLE[(l[i + 1] as number) ^ (l[i + t8] as number)] as number
  const k = new Uint16Array(64)
  for (let i = 0; i < 64; i++) k[i] = (l[2 * i] as number) | ((l[2 * i + 1] as number) << 8)
  return k
}

const SHIFTS = [1, 2, 3, 5]

function decryptBlock(k: Uint16Array, block: Uint8Array): Uint8Array {
  const r = new Uint16Array(4)
  for (let i = 0; i < 4; i++) r[i] = (block[2 * i] as number) | ((block[2 * i + 1] as number) << 8)
  let j = 63
  const at = (i: number) => r[i & 3] as number
  const rmix = () => {
    for (let i = 3; i >= 0; i--) {
      const s = SHIFTS[i] as number
      const x = at(i)
      r[i] = ((x >>> s) | (x << (16 - s))) & 0xffff
      r[i] = (at(i) - (k[j--] as number) - (at(i - 1) & at(i - 2)) - (~at(i - 1) & at(i - 3))) & 0xffff
    }
  }
  const rmash = () => {
    for (let i = 3; i >= 0; i--) r[i] = (at(i) - (k[at(i - 1) & 63] as number)) & 0xffff
  }
  for (let round = 0; round < 5; round++) rmix()
  rmash()
  for (let round = 0; round < 6; round++) rmix()
  rmash()
  for (let round = 0; round < 5; round++) rmix()
  const out = new Uint8Array(8)
  for (let i = 0; i < 4; i++) {
    out[2 * i] = (r[i] as number) & 0xff
    out[2 * i + 1] = (r[i] as number) >> 8
  }
  return out
}

/** Decrypts RC2-CBC with PKCS#7 padding; throws when the padding is wrong (a wrong key). */
export function rc2CbcDecrypt(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  data: Uint8Array,
): Buffer {
  if (data.length === 0 || data.length % 8 !== 0 || iv.length !== 8) throw new Error('rc2: bad block length')
  const k = expandKey(key, effectiveBits)
  const out = Buffer.alloc(data.length)
  let previous = iv
  for (let pos = 0; pos < data.length; pos += 8) {
    const block = data.subarray(pos, pos + 8)
    const plain = decryptBlock(k, block)
    for (let i = 0; i < 8; i++) out[pos + i] = (plain[i] as number) ^ (previous[i] as number)
    previous = block
  }
  const pad = out[out.length - 1] as number
  if (pad < 1 || pad > 8 || out.subarray(out.length - pad).some((b) => b !== pad))
    throw new Error('rc2: bad padding')
  return out.subarray(0, out.length - pad)
}
