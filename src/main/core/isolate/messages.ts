/** What the main side sends a worker: one task at a time. */
export interface TaskMessage {
  type: 'task'
  id: number
  task: string
  input: unknown
}

/** What a worker sends back about the task it runs. */
export type WorkerMessage =
  | { type: 'ready'; id?: undefined }
  | { type: 'progress'; id: number; value: unknown }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; error: SerializedError }

/** An error as it crosses the thread boundary: an AppError keeps its code and details. */
export interface SerializedError {
  message: string
  code?: string
  details?: unknown
}
