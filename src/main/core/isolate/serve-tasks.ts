import { parentPort } from 'node:worker_threads'
import { AppError } from '../../../shared/app-error'
import type { SerializedError, TaskMessage, WorkerMessage } from './messages'

/** What a task handler gets besides its input. */
export interface TaskContext {
  /** Sends a progress value to the caller's `onProgress`. */
  progress(value: unknown): void
}

export type TaskHandlers = Record<string, (input: never, ctx: TaskContext) => Promise<unknown> | unknown>

/**
 * The worker side of an isolate (see isolate-runner.ts): runs each task message with its handler
 * and posts progress, the result or the error back. Call once at the top of a worker entry.
 * Handlers may return values with ArrayBuffers; they are copied, never shared.
 */
export function serveTasks(handlers: TaskHandlers): void {
  const port = parentPort
  if (!port) throw new Error('serveTasks runs inside a worker thread')
  const post = (message: WorkerMessage) => port.postMessage(message)
  port.on('message', (message: TaskMessage) => {
    if (message?.type !== 'task') return
    const { id, task, input } = message
    const handler = handlers[task]
    const ctx: TaskContext = { progress: (value) => post({ type: 'progress', id, value }) }
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`no task "${task}" in this worker`)
        return handler(input as never, ctx)
      })
      .then(
        (value) => post({ type: 'done', id, value }),
        (error: unknown) => post({ type: 'failed', id, error: serializeError(error) }),
      )
  })
  // Loading the worker (tsx, the entry's imports) is not the task's time: its clock starts now.
  post({ type: 'ready' })
}

function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) return { message: error.message, code: error.code, details: error.details }
  return { message: error instanceof Error ? error.message : String(error) }
}
