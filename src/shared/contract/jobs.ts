import { z } from 'zod'
import { ErrorEnvelopeSchema } from '../errors'
import { method } from './method'

export const jobStates = ['running', 'done', 'failed', 'cancelled'] as const

/**
 * A long operation (export many notes, sign a batch) started by a tool's method, which returns its
 * id. The renderer polls `jobs.status` for progress and may `jobs.cancel` it.
 */
export const JobStatusSchema = z.object({
  id: z.string(),
  /** What the job does, e.g. `notes.export`; the tool knows the shape of its `result`. */
  kind: z.string(),
  state: z.enum(jobStates),
  /** Units done of `total` (files, notes, pages); total 0 while unknown. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** What is being worked on now, e.g. a file name. */
  label: z.string().optional(),
  /** The tool's result once `done`; validated by the tool's own schema where it is read. */
  result: z.unknown().optional(),
  error: ErrorEnvelopeSchema.optional(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
})
export type JobStatus = z.infer<typeof JobStatusSchema>
export type JobState = JobStatus['state']

export const JobIdSchema = z.object({ id: z.string().min(1).max(100) }).strict()

/** What a tool method that starts a job returns. */
export const JobStartedSchema = z.object({ jobId: z.string() })

export const jobsContract = {
  status: method(JobIdSchema, JobStatusSchema),
  /** Asks the job to stop; it ends `cancelled` with nothing half-written. */
  cancel: method(JobIdSchema, JobStatusSchema),
} as const
