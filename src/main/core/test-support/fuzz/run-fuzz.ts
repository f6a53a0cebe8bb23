import fc from 'fast-check'
import { FUZZ_MEMORY_LIMIT_BYTES, FUZZ_TIME_LIMIT_MS, isTypedAppError, type FuzzTarget } from './fuzz-target'
import { applyMutation, damaged } from './mutate'

export interface FuzzResult {
  target: string
  runs: number
  /** Inputs that ended with one of the target's typed errors. */
  refused: number
  failure: string | null
  ms: number
}

/** Runs `runs` mutated samples through the target; the first that breaks the rule is the failure. */
export async function runFuzz(
  target: FuzzTarget,
  runs: number,
  progress?: (inputs: number) => void,
): Promise<FuzzResult> {
  const samples = await target.seeds()
  const typed = target.typed ?? isTypedAppError
  const limit = target.timeLimitMs ?? FUZZ_TIME_LIMIT_MS
  // Lazy modules load once here, outside any input's time limit.
  try {
    await target.call(samples[0] as Uint8Array)
  } catch {
    // A seed may itself be refused (e.g. a certificate the parser does not take); only loading matters.
  }
  const mutated = damaged.map(({ seed, mutations }) => {
    let input = samples[seed % samples.length] as Uint8Array
    for (const m of mutations) input = applyMutation(input, m, samples)
    return input
  })
  const inputs = target.extra ? fc.oneof(mutated, target.extra) : mutated
  let refused = 0
  let count = 0
  const started = Date.now()
  const rssAtStart = process.memoryUsage.rss()
  const property = fc.asyncProperty(inputs, async (input) => {
    if (++count % 10_000 === 0) progress?.(count)
    // CPU time, not wall time: on a shared machine other processes would stretch the latter.
    const t0 = process.cpuUsage()
    try {
      await target.call(input)
    } catch (error) {
      if (!typed(error)) throw error
      refused++
    }
    const used = process.cpuUsage(t0)
    const ms = (used.user + used.system) / 1000
    if (ms > limit) throw new Error(`took ${Math.round(ms)} ms (limit ${limit})`)
    const grown = process.memoryUsage.rss() - rssAtStart
    if (grown > FUZZ_MEMORY_LIMIT_BYTES) throw new Error(`the process grew by ${grown >> 20} MB`)
  })
  // FUZZ_SEED and FUZZ_PATH (from a failure's report) replay that one input.
  const seed = process.env['FUZZ_SEED']
  const path = process.env['FUZZ_PATH']
  const replay = seed ? { seed: Number(seed), ...(path ? { path } : {}) } : {}
  const details = await fc.check(property, { numRuns: runs, ...replay }).finally(() => target.cleanUp?.())
  const error = details.errorInstance
  const failure = details.failed
    ? `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} (seed ${details.seed}, path ${details.counterexamplePath})`
    : null
  return { target: target.name, runs: details.numRuns, refused, failure, ms: Date.now() - started }
}
