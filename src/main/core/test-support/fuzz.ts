import fc from 'fast-check'
import { expect } from 'vitest'
import { AppError } from '../../../shared/app-error'

/**
 * Mutations of a real sample, as the fuzz targets (`*.fuzz.test.ts`) feed parsers of untrusted
 * bytes: flipped bytes, a cut, random bytes spliced in, a 16- or 32-bit field rewritten to a
 * huge value (little- or big-endian: length fields that claim gigabytes), a chunk repeated.
 */
export function mutationOf(sample: Uint8Array): fc.Arbitrary<Buffer> {
  const at = fc.nat({ max: Math.max(0, sample.length - 1) })
  const flip = fc
    .array(fc.tuple(at, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 })
    .map((flips) => {
      const copy = Buffer.from(sample)
      for (const [i, mask] of flips) copy[i] = (copy[i] as number) ^ mask
      return copy
    })
  const cut = at.map((n) => Buffer.from(sample.subarray(0, n)))
  const splice = fc
    .tuple(at, fc.uint8Array({ minLength: 1, maxLength: 64 }))
    .map(([i, bytes]) => Buffer.concat([sample.subarray(0, i), bytes, sample.subarray(i)]))
  const huge = fc
    .tuple(at, fc.constantFrom(0xffffffff, 0x7fffffff, 0x80000000, 0x10000000, 0xffff), fc.boolean())
    .map(([i, value, bigEndian]) => {
      const copy = Buffer.from(sample)
      const pos = Math.min(i, Math.max(0, copy.length - 4))
      if (copy.length < 4) return copy
      if (value === 0xffff) copy.writeUInt16LE(value, pos)
      else if (bigEndian) copy.writeUInt32BE(value, pos)
      else copy.writeUInt32LE(value, pos)
      return copy
    })
  const repeat = fc
    .tuple(at, fc.integer({ min: 1, max: 512 }), fc.integer({ min: 2, max: 50 }))
    .map(([i, len, times]) => {
      const chunk = sample.subarray(i, i + len)
      return Buffer.concat([
        sample.subarray(0, i),
        ...Array<Uint8Array>(times).fill(chunk),
        sample.subarray(i),
      ])
    })
  return fc.oneof(flip, cut, splice, huge, repeat)
}

/** Inputs per fuzz target in `npm test` (FUZZ_RUNS raises it for a long run). */
export const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 40)

/**
 * The rule for every input: the call ends within `ms` with a result or one of our typed errors
 * (an AppError), never another exception. Returns what it ended with, for counting.
 */
export async function endsWithResultOrAppError(
  call: () => Promise<unknown>,
  ms = 2000,
): Promise<'result' | 'refused'> {
  const started = Date.now()
  let outcome: 'result' | 'refused'
  try {
    await call()
    outcome = 'result'
  } catch (error) {
    expect(error, String(error instanceof Error ? error.stack : error)).toBeInstanceOf(AppError)
    // INTERNAL is an AppError too, but it means our own code failed: a bug, not a refusal.
    expect((error as AppError).code, (error as AppError).message).not.toBe('INTERNAL')
    outcome = 'refused'
  }
  expect(Date.now() - started, 'took longer than its limit').toBeLessThan(ms)
  return outcome
}
