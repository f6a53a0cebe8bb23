/**
 * Isolated worker runner: untrusted or heavy work (OCR today; pdf.js page drawing and the parsers
 * of files users are sent next) runs in a worker thread, never on the caller's thread.
 *
 *   const isolate = new IsolateRunner({ entry: workerEntry('ocr-worker', import.meta.url), memoryMb: 512 })
 *   const lines = await isolate.run<Line[]>('ocr-image', { path }, { signal, onProgress, timeLimitMs })
 *   await isolate.close()
 *
 * - The worker entry calls `serveTasks({ name: handler })` (serve-tasks.ts); `workerEntry` finds it
 *   as TypeScript from source (tests, benchmarks: loaded through tsx) or built (`workers/<name>.js`).
 * - Tasks run one at a time, in the order asked. The worker starts on the first task and is kept
 *   while tasks keep coming (state it loads — models, an open document — stays with it), then
 *   released after `idleMs` without work.
 * - Limits: the worker's V8 heap is capped at `memoryMb`, and each task has a time limit. A task
 *   that hits either has its worker killed and fails with a translated `INVALID_FILE` error
 *   (`isolate.too-complex` / `isolate.too-slow`); the next task gets a fresh worker.
 * - Cancel: aborting a task's signal removes it from the queue, or kills the worker running it;
 *   the task fails with `CANCELLED`.
 * - Errors a handler throws come back as they were thrown: an AppError keeps its code and details.
 */
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppError, errorCodes, userError, type ErrorCode } from '../../../shared/app-error'
import type { SerializedError, TaskMessage, WorkerMessage } from './messages'
import type { WorkerEntry } from './worker-entry'

export interface IsolateOptions {
  entry: WorkerEntry
  /** Cap of the worker's JavaScript heap, in MB. */
  memoryMb: number
  /** Time limit of a task unless the task sets its own (ms). */
  timeLimitMs?: number
  /** An idle worker is released after this long without tasks (ms). */
  idleMs?: number
  /** Passed to the worker as `workerData`. */
  workerData?: unknown
}

export interface TaskOptions {
  signal?: AbortSignal
  onProgress?: (value: unknown) => void
  timeLimitMs?: number
}

interface Pending {
  id: number
  task: string
  input: unknown
  options: TaskOptions
  resolve(value: unknown): void
  reject(error: unknown): void
}

const DEFAULT_TIME_LIMIT_MS = 60_000
const DEFAULT_IDLE_MS = 30_000
/** Time a worker may take to load before its first task's own limit starts. */
const STARTUP_MS = 60_000

export class IsolateRunner {
  private worker: Worker | null = null
  /** Workers that said they are loaded (serveTasks posts 'ready'). */
  private readonly ready = new WeakSet<Worker>()
  private readonly queue: Pending[] = []
  private current: (Pending & { timer: NodeJS.Timeout; detach(): void }) | null = null
  private idleTimer: NodeJS.Timeout | undefined
  private nextId = 1
  private closed = false

  constructor(private readonly options: IsolateOptions) {}

  /** Runs `task` with `input` in the worker; resolves with what its handler returned. */
  run<T>(task: string, input: unknown, options: TaskOptions = {}): Promise<T> {
    if (this.closed) return Promise.reject(new AppError('CANCELLED', 'the worker was closed'))
    if (options.signal?.aborted) return Promise.reject(cancelled())
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = {
        id: this.nextId++,
        task,
        input,
        options,
        resolve: resolve as (value: unknown) => void,
        reject,
      }
      this.queue.push(pending)
      options.signal?.addEventListener('abort', () => this.abort(pending), { once: true })
      this.pump()
    })
  }

  /** Whether a worker is running now (it is kept between tasks until idle). */
  get alive(): boolean {
    return this.worker !== null
  }

  /** Fails every queued task, kills the worker; the runner takes no more tasks. */
  async close(): Promise<void> {
    this.closed = true
    for (const pending of this.queue.splice(0))
      pending.reject(new AppError('CANCELLED', 'the worker was closed'))
    if (this.current) this.finish(this.current, new AppError('CANCELLED', 'the worker was closed'))
    await this.kill()
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return
    clearTimeout(this.idleTimer)
    const pending = this.queue.shift() as Pending
    let worker: Worker
    try {
      worker = this.ensureWorker()
    } catch (error) {
      pending.reject(error)
      this.pump()
      return
    }
    // A running task keeps the process alive; an idle worker never holds the CLI open.
    worker.ref()
    const limit = pending.options.timeLimitMs ?? this.options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
    const tooSlow = () => {
      void this.kill()
      this.finish(
        current,
        userError(
          'INVALID_FILE',
          'isolate.too-slow',
          'this file is too complex: it took longer than {{seconds}} s',
          {
            seconds: Math.round(limit / 1000),
          },
        ),
      )
    }
    // A worker still loading gets STARTUP_MS more; its 'ready' message starts the task's own clock.
    let timer = setTimeout(tooSlow, this.ready.has(worker) ? limit : limit + STARTUP_MS)
    const onMessage = (message: WorkerMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer)
        timer = setTimeout(tooSlow, limit)
        current.timer = timer
        return
      }
      if (message.id !== pending.id) return
      if (message.type === 'progress') pending.options.onProgress?.(message.value)
      else if (message.type === 'done') this.finish(current, null, message.value)
      else this.finish(current, revive(message.error))
    }
    worker.on('message', onMessage)
    const current = { ...pending, timer, detach: () => worker.off('message', onMessage) }
    this.current = current
    const message: TaskMessage = { type: 'task', id: pending.id, task: pending.task, input: pending.input }
    worker.postMessage(message)
  }

  private finish(task: NonNullable<typeof this.current>, error: unknown, value?: unknown): void {
    if (this.current !== task) return
    clearTimeout(task.timer)
    task.detach()
    this.current = null
    if (error) task.reject(error)
    else task.resolve(value)
    if (this.queue.length > 0) this.pump()
    else {
      this.worker?.unref()
      this.scheduleRelease()
    }
  }

  private abort(pending: Pending): void {
    const queued = this.queue.indexOf(pending)
    if (queued >= 0) {
      this.queue.splice(queued, 1)
      pending.reject(cancelled())
    } else if (this.current?.id === pending.id) {
      // A task cannot be stopped half-way inside the worker: the worker goes, and with it its state.
      void this.kill()
      this.finish(this.current, cancelled())
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker
    const { entry, memoryMb, workerData } = this.options
    const worker = entry.typescript
      ? new Worker(typescriptBootstrap(entry.file), {
          eval: true,
          workerData,
          resourceLimits: limits(memoryMb),
        })
      : new Worker(entry.file, { workerData, resourceLimits: limits(memoryMb) })
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') this.ready.add(worker)
    })
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker !== worker) return
      this.worker = null
      const failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? userError(
              'INVALID_FILE',
              'isolate.too-complex',
              'this file is too complex: it needs more memory than Paperdesk allows',
            )
          : new Error(`the worker failed: ${error.message}`)
      if (this.current) this.finish(this.current, failure)
    })
    worker.on('exit', (code) => {
      if (this.worker !== worker) return
      this.worker = null
      if (this.current) this.finish(this.current, new Error(`the worker stopped unexpectedly (exit ${code})`))
    })
    this.worker = worker
    return worker
  }

  private scheduleRelease(): void {
    clearTimeout(this.idleTimer)
    this.idleTimer = setTimeout(() => void this.kill(), this.options.idleMs ?? DEFAULT_IDLE_MS)
    this.idleTimer.unref()
  }

  private async kill(): Promise<void> {
    clearTimeout(this.idleTimer)
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }
}

function limits(memoryMb: number) {
  return {
    maxOldGenerationSizeMb: memoryMb,
    maxYoungGenerationSizeMb: Math.min(64, Math.max(8, memoryMb / 8)),
  }
}

/** A worker that loads a TypeScript entry through tsx (a devDependency: source runs only). */
function typescriptBootstrap(file: string): string {
  // The ES module build of tsx's API (require.resolve finds its CommonJS twin beside it).
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const tsx = pathToFileURL(api).href
  const entry = pathToFileURL(file).href
  return `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`
}

function cancelled(): AppError {
  return new AppError('CANCELLED', 'cancelled')
}

function revive(error: SerializedError): Error {
  if (error.code && (errorCodes as readonly string[]).includes(error.code))
    return new AppError(error.code as ErrorCode, error.message, error.details)
  return new Error(error.message)
}
