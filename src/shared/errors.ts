import { z } from 'zod'

/**
 * The closed set of error codes that cross the contract. The renderer translates each code
 * (i18n key `errors.<code>`); `message` is English for logs and the CLI.
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'INVALID_BACKUP',
  'IO',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'INTERNAL',
] as const

export const ErrorCodeSchema = z.enum(errorCodes)
export type ErrorCode = z.infer<typeof ErrorCodeSchema>

/** What crosses a transport when a call fails: never a stack trace. */
export const ErrorEnvelopeSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
})
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>

/** Thrown by services for failures the user should see; anything else becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: unknown

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.details = details
  }

  toEnvelope(): ErrorEnvelope {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

/**
 * Why a file was refused as a backup: `details.reason` of an INVALID_BACKUP error. The renderer
 * shows `errors.reasons.<reason>` in the user's language instead of the English `message`.
 */
export const backupProblems = [
  'unreadable',
  'not-sqlite',
  'cannot-open',
  'damaged',
  'not-paperdesk',
  'newer-schema',
] as const
export type BackupProblem = (typeof backupProblems)[number]

export function invalidBackup(
  reason: BackupProblem,
  message: string,
  extra: Record<string, unknown> = {},
): AppError {
  return new AppError('INVALID_BACKUP', message, { reason, ...extra })
}

/** The result of one call as it crosses a transport. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ErrorEnvelope }

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  return ErrorEnvelopeSchema.safeParse(value).success
}
