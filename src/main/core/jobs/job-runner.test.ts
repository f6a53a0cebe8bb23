import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { JobRunner } from './job-runner'

describe('JobRunner', () => {
  it('reports progress while running and the result when done', async () => {
    const jobs = new JobRunner()
    let release!: () => void
    const gate = new Promise<void>((ok) => (release = ok))
    const id = jobs.start('demo.count', async ({ progress }) => {
      progress(1, 3, 'a.pdf')
      await gate
      progress(3, 3)
      return { files: 3 }
    })
    await Promise.resolve()
    await Promise.resolve()
    expect(jobs.status(id)).toMatchObject({ state: 'running', done: 1, total: 3, label: 'a.pdf' })
    release()
    expect(await jobs.settled(id)).toMatchObject({ state: 'done', done: 3, result: { files: 3 } })
    expect(jobs.status(id).finishedAt).toBeDefined()
  })

  it('cancels: the running job sees its signal aborted and ends cancelled', async () => {
    const jobs = new JobRunner()
    let sawAbort = false
    let started!: () => void
    const running = new Promise<void>((ok) => (started = ok))
    const id = jobs.start('demo.wait', (ctx) => {
      started()
      return new Promise((_ok, fail) => {
        ctx.signal.addEventListener('abort', () => {
          sawAbort = true
          fail(new Error('stopped'))
        })
      })
    })
    await running
    expect(jobs.cancel(id).state).toBe('running')
    const end = await jobs.settled(id)
    expect(sawAbort).toBe(true)
    expect(end).toMatchObject({ state: 'cancelled', error: { code: 'CANCELLED' } })
  })

  it('a job cancelled before it began never runs', async () => {
    const jobs = new JobRunner()
    let ran = false
    const id = jobs.start('demo.never', async () => {
      ran = true
    })
    jobs.cancel(id)
    expect(await jobs.settled(id)).toMatchObject({ state: 'cancelled' })
    expect(ran).toBe(false)
  })

  it('a user error fails the job with its envelope; a bug fails it as INTERNAL', async () => {
    const jobs = new JobRunner()
    const bad = jobs.start('demo.bad', async () => {
      throw new AppError('INVALID_FILE', 'not a PDF', { reason: 'sign.not-pdf' })
    })
    expect(await jobs.settled(bad)).toMatchObject({
      state: 'failed',
      error: { code: 'INVALID_FILE', details: { reason: 'sign.not-pdf' } },
    })
    const bug = jobs.start('demo.bug', async () => {
      throw new TypeError('x is undefined')
    })
    const status = await jobs.settled(bug)
    expect(status.error).toEqual({ code: 'INTERNAL', message: 'unexpected error' })
  })

  it('an unknown id is NOT_FOUND', () => {
    expect(() => new JobRunner().status('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }))
  })
})
