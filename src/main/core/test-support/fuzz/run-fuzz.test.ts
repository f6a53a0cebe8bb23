import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/app-error'
import { runFuzz } from './run-fuzz'

const seeds = async () => [Buffer.from('%PDF-1.7 0123456789 trailer <</Size 5>>')]

describe('the fuzz runner', () => {
  it('passes a parser that ends every input with a result or a typed refusal', async () => {
    let calls = 0
    const result = await runFuzz(
      {
        name: 'ok',
        seeds,
        call: (input) => {
          calls++
          if (input.length % 2) throw new AppError('INVALID_FILE', 'odd')
        },
      },
      300,
    )
    expect(result).toMatchObject({ runs: 300, failure: null })
    expect(result.refused).toBeGreaterThan(0)
    expect(calls).toBe(301) // one warm-up call on the seed
  })

  it('fails on another exception and on INTERNAL (our own code failing)', async () => {
    const typeError = await runFuzz(
      { name: 'bug', seeds, call: (input) => (JSON.parse(String(input.length)) as { x: { y: number } }).x.y },
      50,
    )
    expect(typeError.failure).toMatch(/TypeError/)
    const internal = await runFuzz(
      { name: 'internal', seeds, call: () => Promise.reject(new AppError('INTERNAL', 'ours')) },
      50,
    )
    expect(internal.failure).toMatch(/ours/)
  })
})
