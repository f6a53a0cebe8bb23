import { describe, expect, it } from 'vitest'
import { certificateTarget, cmsTarget, derTarget, pkcs12Target } from './crypto-targets'
import type { FuzzTarget } from './fuzz-target'
import { verifyPdfTarget, xrefTarget } from './pdf-targets'
import { runFuzz } from './run-fuzz'

/** `npm test` runs a short pass; `npm run fuzz` sets FUZZ_RUNS (and FUZZ_TARGET to pick one). */
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200)
const only = process.env['FUZZ_TARGET']
const targets: FuzzTarget[] = [
  derTarget,
  pkcs12Target,
  certificateTarget,
  cmsTarget,
  verifyPdfTarget,
  xrefTarget,
]

describe('fuzzing the parsers of untrusted bytes', () => {
  for (const target of targets.filter((t) => !only || t.name.includes(only)))
    it(
      `${target.name}: every input ends with a result or a typed error`,
      { timeout: Math.max(60_000, RUNS * 100) },
      async () => {
        const result = await runFuzz(target, RUNS, (n) =>
          console.log(`fuzz ${target.name}: ${n} inputs so far`),
        )
        console.log(
          `fuzz ${result.target}: ${result.runs} inputs, ${result.refused} refused, ${result.ms} ms${result.failure ? `, FAILED: ${result.failure}` : ''}`,
        )
        expect(result.failure).toBeNull()
        expect(result.runs).toBe(RUNS)
      },
    )
})
