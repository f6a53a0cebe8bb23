import { randomUUID } from 'node:crypto'
import type { JobStatus } from '../../../shared/contract/jobs'
import { AppError } from '../../../shared/errors'

export interface JobContext {
  /** Aborted when the user cancels: stop, clean up, write nothing half-way. */
  signal: AbortSignal
  /** Reports progress: `done` of `total` units, and what is being worked on. */
  progress(done: number, total: number, label?: string): void
}

interface Entry {
  status: JobStatus
  controller: AbortController
  finished: Promise<void>
}

const KEEP_FINISHED = 50

/**
 * Runs long operations in the background of the core process and keeps their status for the
 * renderer to poll. A job that throws after its signal was aborted ends `cancelled`.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Entry>()

  constructor(private readonly now: () => Date = () => new Date()) {}

  start<T>(kind: string, run: (ctx: JobContext) => Promise<T>): string {
    const id = randomUUID()
    const controller = new AbortController()
    const status: JobStatus = {
      id,
      kind,
      state: 'running',
      done: 0,
      total: 0,
      startedAt: this.now().toISOString(),
    }
    const ctx: JobContext = {
      signal: controller.signal,
      progress: (done, total, label) => {
        if (status.state !== 'running') return
        status.done = Math.max(0, Math.floor(done))
        status.total = Math.max(0, Math.floor(total))
        if (label === undefined) delete status.label
        else status.label = label
      },
    }
    const finished = Promise.resolve()
      .then(() => {
        // Cancelled before it even began: it never runs.
        controller.signal.throwIfAborted()
        return run(ctx)
      })
      .then(
        (result) => {
          if (controller.signal.aborted) this.finish(status, 'cancelled')
          else this.finish(status, 'done', { result })
        },
        (error: unknown) => {
          if (controller.signal.aborted) this.finish(status, 'cancelled')
          else if (error instanceof AppError) this.finish(status, 'failed', { error: error.toEnvelope() })
          else {
            console.error(`[paperdesk] job ${kind} failed:`, error)
            this.finish(status, 'failed', { error: { code: 'INTERNAL', message: 'unexpected error' } })
          }
        },
      )
    this.jobs.set(id, { status, controller, finished })
    this.prune()
    return id
  }

  status(id: string): JobStatus {
    return { ...this.entry(id).status }
  }

  cancel(id: string): JobStatus {
    const entry = this.entry(id)
    if (entry.status.state === 'running') entry.controller.abort()
    return { ...entry.status }
  }

  /** Resolves when the job has ended, whichever way (tests, the CLI). */
  async settled(id: string): Promise<JobStatus> {
    await this.entry(id).finished
    return this.status(id)
  }

  /** Cancels every running job (the app is quitting) and waits for them to clean up. */
  async cancelAll(): Promise<void> {
    const running = [...this.jobs.values()].filter((e) => e.status.state === 'running')
    for (const entry of running) entry.controller.abort()
    await Promise.all(running.map((e) => e.finished))
  }

  private entry(id: string): Entry {
    const entry = this.jobs.get(id)
    if (!entry) throw new AppError('NOT_FOUND', `no job ${id}`)
    return entry
  }

  private finish(status: JobStatus, state: JobStatus['state'], extra: Partial<JobStatus> = {}): void {
    Object.assign(status, extra, { state, finishedAt: this.now().toISOString() })
    if (state === 'cancelled') status.error = { code: 'CANCELLED', message: 'cancelled' }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((e) => e.status.state !== 'running')
    for (const entry of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(entry.status.id)
    }
  }
}
