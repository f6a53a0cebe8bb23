import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/app-error'
import { IsolateRunner } from './isolate-runner'
import { workerEntry } from './worker-entry'

const entry = workerEntry('sample-worker', new URL('./test-support/x.ts', import.meta.url).href)
const runner = (options: Partial<ConstructorParameters<typeof IsolateRunner>[0]> = {}) =>
  new IsolateRunner({ entry, memoryMb: 64, idleMs: 60_000, ...options })

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('isolated worker runner', () => {
  it('runs tasks in one worker kept between them, in order, with progress', async () => {
    const isolate = runner({ workerData: { tool: 'test' } })
    const seen: unknown[] = []
    const [a, b, counted] = await Promise.all([
      isolate.run<{ tasksSeen: number; workerData: unknown }>('echo', { text: 'a' }),
      isolate.run<{ tasksSeen: number }>('echo', { text: 'b' }),
      isolate.run('count', { to: 3 }, { onProgress: (v) => seen.push(v) }),
    ])
    expect([a.tasksSeen, b.tasksSeen]).toEqual([1, 2])
    expect(a.workerData).toEqual({ tool: 'test' })
    expect(counted).toBe(3)
    expect(seen).toEqual([1, 2, 3])
    expect(isolate.alive).toBe(true)
    await isolate.close()
    expect(isolate.alive).toBe(false)
  })

  it('kills a task past its time limit with a translated reason, and starts afresh for the next', async () => {
    const isolate = runner()
    const slow = await failure(isolate.run('spin', { ms: 10_000 }, { timeLimitMs: 300 }))
    expect(slow.code).toBe('INVALID_FILE')
    expect(slow.details).toMatchObject({ reason: 'isolate.too-slow' })
    // A fresh worker: its per-worker state starts again.
    expect(await isolate.run('echo', { text: 'x' })).toMatchObject({ tasksSeen: 1 })
    await isolate.close()
  })

  it('kills a task that outgrows the memory cap', async () => {
    const isolate = runner({ memoryMb: 32 })
    const hog = await failure(isolate.run('hog', {}, { timeLimitMs: 15_000 }))
    expect(hog.details).toMatchObject({ reason: 'isolate.too-complex' })
    expect(await isolate.run('echo', { text: 'after' })).toMatchObject({ text: 'after' })
    await isolate.close()
  })

  it('cancels a running task and a queued one', async () => {
    const isolate = runner()
    const controller = new AbortController()
    const running = isolate.run('spin', { ms: 10_000 }, { signal: controller.signal })
    const queued = isolate.run('echo', { text: 'q' }, { signal: controller.signal })
    setTimeout(() => controller.abort(), 200)
    expect((await failure(running)).code).toBe('CANCELLED')
    expect((await failure(queued)).code).toBe('CANCELLED')
    await isolate.close()
  })

  it('passes a thrown AppError back as it was, other errors as plain errors', async () => {
    const isolate = runner()
    const refused = await failure(isolate.run('refuse', {}))
    expect([refused.code, refused.details]).toEqual(['INVALID_FILE', { reason: 'ocr.not-an-image' }])
    await expect(isolate.run('crash', {})).rejects.toThrow('boom')
    await isolate.close()
  })

  it('releases an idle worker', async () => {
    const isolate = runner({ idleMs: 50 })
    await isolate.run('echo', { text: 'x' })
    await new Promise((r) => setTimeout(r, 300))
    expect(isolate.alive).toBe(false)
    await isolate.close()
  })
})
