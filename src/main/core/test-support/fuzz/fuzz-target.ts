import type fc from 'fast-check'
import { AppError } from '../../../../shared/app-error'

/**
 * One parser of untrusted bytes under fuzzing. The rule for every input: `call` ends within
 * `FUZZ_TIME_LIMIT_MS` (CPU time) with a result or one of our typed errors (`typed`: an AppError
 * other than INTERNAL unless said), never another exception, and the process never grows past
 * `FUZZ_MEMORY_LIMIT_BYTES` (a length field claiming gigabytes is refused before anything is allocated).
 */
export interface FuzzTarget {
  name: string
  /** Real samples the mutations start from (made in code or the committed filing fixtures). */
  seeds: () => Promise<Uint8Array[]>
  call: (input: Uint8Array) => unknown
  /** The errors this parser may end with; anything else is a bug. */
  typed?: (error: unknown) => boolean
  /** Inputs made whole rather than mutated (e.g. Markdown nested thousands deep), mixed in. */
  extra?: fc.Arbitrary<Uint8Array>
  /** Inputs in `npm test` when FUZZ_RUNS is not set (slow targets take fewer). */
  shortRuns?: number
  /** CPU time one input may take, when the parser's honest bound is above FUZZ_TIME_LIMIT_MS (say why). */
  timeLimitMs?: number
  /** Called when the run ends, passed or not. */
  cleanUp?: () => void
}

export const FUZZ_TIME_LIMIT_MS = 2_000
/** How far the process may grow over the whole run (resident memory), for every input together. */
export const FUZZ_MEMORY_LIMIT_BYTES = 1024 * 2 ** 20

/** Our typed refusal: an AppError, but not INTERNAL, which means our own code failed. */
export const isTypedAppError = (error: unknown): boolean =>
  error instanceof AppError && error.code !== 'INTERNAL'
