import { performance } from 'node:perf_hooks'

export interface Measurement {
  name: string
  medianMs: number
}

/** Runs `fn` `rounds` times after one warm-up and returns the median wall time. */
export async function measure(name: string, rounds: number, fn: () => unknown): Promise<Measurement> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < rounds; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { name, medianMs: times[Math.floor(times.length / 2)] ?? 0 }
}

/** Prints a measurement against the baseline taken in the same run. */
export function report(baseline: Measurement, subject: Measurement): void {
  const ratio = subject.medianMs / baseline.medianMs
  console.log(
    `${subject.name}: ${ratio.toFixed(2)}× ${baseline.name} ` +
      `(${subject.medianMs.toFixed(3)} ms vs ${baseline.medianMs.toFixed(3)} ms, medians)`,
  )
}
