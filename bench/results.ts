import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface BenchResult {
  value: number
  unit: string
  /** The same work done the baseline way, in the same run. */
  baseline: number
  /** baseline / value for times (bigger is better), or as the issue defines it. */
  ratio: number
  /** Anything else worth keeping beside the figure (p95, RSS, …). */
  [extra: string]: unknown
}

const RESULTS = join(import.meta.dirname, 'results.json')

/** Writes one benchmark's figure into bench/results.json under the id (e.g. `P3`). */
export function recordResult(id: string, result: BenchResult): void {
  const all = existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>)
    : {}
  all[id] = result
  const tmp = `${RESULTS}.tmp`
  writeFileSync(tmp, `${JSON.stringify(all, null, 2)}\n`)
  renameSync(tmp, RESULTS)
  console.log(`${id}: ${result.value} ${result.unit} vs baseline ${result.baseline} → ratio ${result.ratio}`)
}
