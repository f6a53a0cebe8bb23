import { describe, expect, it } from 'vitest'
import type { FuzzTarget } from './fuzz-target'
import { runFuzz } from './run-fuzz'

/**
 * One test per target: `npm test` runs a short pass (the target's `shortRuns`, else 200);
 * `npm run fuzz` sets FUZZ_RUNS for the long one (and FUZZ_TARGET to pick targets by name).
 */
export function fuzzSuite(title: string, targets: readonly FuzzTarget[]): void {
  const only = process.env['FUZZ_TARGET']
  describe(title, () => {
    for (const target of targets.filter((t) => !only || t.name.includes(only))) {
      const runs = Number(process.env['FUZZ_RUNS'] ?? target.shortRuns ?? 200)
      it(
        `${target.name}: every input ends with a result or a typed error`,
        { timeout: Math.max(120_000, runs * 100) },
        async () => {
          const result = await runFuzz(target, runs, (n) =>
            console.log(`fuzz ${target.name}: ${n} inputs so far`),
          )
          console.log(
            `fuzz ${result.target}: ${result.runs} inputs, ${result.refused} refused, ${result.ms} ms${result.failure ? `, FAILED: ${result.failure}` : ''}`,
          )
          expect(result.failure).toBeNull()
          expect(result.runs).toBe(runs)
        },
      )
    }
  })
}
