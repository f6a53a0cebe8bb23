import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '../../../shared/app-error'
import { startImageIndexing, type IndexTarget } from './background-index'

afterEach(() => vi.useRealTimers())

function target(pending = 2) {
  let idle = 0
  let calls = 0
  const runs: AbortSignal[] = []
  let finish: (() => void) | null = null
  const fake: IndexTarget = {
    ocr: {
      noteImagesPending: () => pending,
      indexing: () => finish !== null,
      indexNoteImages: ({ signal } = {}) => {
        runs.push(signal as AbortSignal)
        return new Promise((resolve, reject) => {
          finish = () => {
            finish = null
            resolve({ notes: pending, imagesRead: pending, imagesFailed: 0, pending: 0 })
          }
          signal?.addEventListener('abort', () => {
            finish = null
            reject(new AppError('CANCELLED', 'cancelled'))
          })
        })
      },
    },
    idleMs: () => idle,
    calls: () => calls,
  }
  return {
    fake,
    runs,
    quiet: (ms: number) => (idle = ms),
    call: () => {
      calls++
      idle = 0
    },
    finish: () => finish?.(),
  }
}

describe('reading the pictures of notes in the background', () => {
  it('starts only after the quiet, once per burst of calls, and stops on quit', async () => {
    vi.useFakeTimers()
    const t = target()
    const stop = startImageIndexing(t.fake, { quietMs: 4_000, pollMs: 500 })
    t.quiet(3_000)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(t.runs).toHaveLength(0)
    t.quiet(4_000)
    await vi.advanceTimersByTimeAsync(500)
    expect(t.runs).toHaveLength(1)
    t.finish()
    await vi.advanceTimersByTimeAsync(5_000)
    // Nothing was called since: no second run.
    expect(t.runs).toHaveLength(1)
    t.call()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(t.runs).toHaveLength(1)
    t.quiet(4_000)
    await vi.advanceTimersByTimeAsync(500)
    expect(t.runs).toHaveLength(2)
    stop()
    expect(t.runs[1]!.aborted).toBe(true)
  })

  it('does not start while nothing waits to be read', async () => {
    vi.useFakeTimers()
    const t = target(0)
    const stop = startImageIndexing(t.fake, { quietMs: 100, pollMs: 100 })
    t.quiet(10_000)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(t.runs).toHaveLength(0)
    stop()
  })
})
