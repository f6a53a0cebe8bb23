/**
 * One parser of untrusted bytes under fuzzing. The rule for every input: `call` ends within
 * `FUZZ_TIME_LIMIT_MS` with a result or one of our typed errors (`typed`, `AppError` unless
 * said), never another exception.
 */
export interface FuzzTarget {
  name: string
  /** Real samples the mutations start from (made in code, no committed fixtures). */
  seeds: () => Promise<Uint8Array[]>
  call: (input: Uint8Array) => unknown
  /** The errors this parser may end with; anything else is a bug. */
  typed?: (error: unknown) => boolean
}

export const FUZZ_TIME_LIMIT_MS = 2_000
