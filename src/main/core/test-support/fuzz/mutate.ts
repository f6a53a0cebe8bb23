import fc from 'fast-check'

/**
 * One damage to a sample, at a position taken modulo its length: a flipped bit, a rewritten byte, a
 * cut, a hole, a splice from another sample, a length field rewritten to a huge value (DER,
 * decimal, 32-bit), a chunk repeated.
 */
export type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'byte'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'splice'; at: number; from: number; length: number; other: number }
  | { kind: 'huge'; at: number; style: 'der' | 'digits' | 'u32' }
  | { kind: 'repeat'; at: number; length: number; times: number }

const position = fc.nat({ max: 1 << 30 })

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('byte' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: position,
    from: position,
    length: fc.integer({ min: 1, max: 256 }),
    other: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('huge' as const),
    at: position,
    style: fc.constantFrom('der', 'digits', 'u32'),
  }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: position,
    length: fc.integer({ min: 1, max: 512 }),
    times: fc.integer({ min: 2, max: 50 }),
  }),
)

/** A sample picked by index and one to four mutations of it. */
export const damaged = fc.record({
  seed: fc.nat(),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
})

const HUGE_DER_LENGTH = [0x84, 0x7f, 0xff, 0xff, 0xff]
const HUGE_U32 = [0xff, 0xff, 0xff, 0xf0]

/** The next run of ASCII digits at or after `at` (xref offsets, /Length, /ByteRange, /Size). */
function digitsFrom(bytes: Uint8Array, at: number): [number, number] | null {
  let start = at
  while (start < bytes.length && !((bytes[start] as number) >= 0x30 && (bytes[start] as number) <= 0x39))
    start++
  if (start >= bytes.length) return null
  let end = start
  while (end < bytes.length && (bytes[end] as number) >= 0x30 && (bytes[end] as number) <= 0x39) end++
  return [start, end]
}

/** Applies `m` to `bytes` (`samples` feed splices); returns a new array. */
export function applyMutation(bytes: Uint8Array, m: Mutation, samples: readonly Uint8Array[]): Uint8Array {
  const n = bytes.length
  if (n === 0) return bytes
  const at = m.at % n
  const out = Buffer.from(bytes)
  switch (m.kind) {
    case 'flip':
      out[at] = (out[at] as number) ^ (1 << m.bit)
      return out
    case 'byte':
      out[at] = m.value
      return out
    case 'truncate':
      return out.subarray(0, at)
    case 'delete':
      return Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)])
    case 'splice': {
      const other = samples[m.other % samples.length] ?? bytes
      const from = m.from % Math.max(1, other.length)
      return Buffer.concat([out.subarray(0, at), other.subarray(from, from + m.length), out.subarray(at)])
    }
    case 'repeat': {
      // A chunk said again and again: repeated records, nested elements, duplicated objects.
      const chunk = out.subarray(at, at + m.length)
      return Buffer.concat([out.subarray(0, at), ...Array<Uint8Array>(m.times).fill(chunk), out.subarray(at)])
    }
    case 'huge': {
      if (m.style === 'digits') {
        const run = digitsFrom(bytes, at)
        if (!run) return out
        return Buffer.concat([out.subarray(0, run[0]), Buffer.from('99999999999'), out.subarray(run[1])])
      }
      const huge = m.style === 'der' ? HUGE_DER_LENGTH : HUGE_U32
      // A DER length sits right after a tag; the byte at `at` is taken as one.
      return Buffer.concat([out.subarray(0, at + 1), Buffer.from(huge), out.subarray(at + 1 + huge.length)])
    }
  }
}
