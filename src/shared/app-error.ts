// Errors as services raise them, without zod: the CLI and other cold paths import this module
// so that a command like `filing inspect` starts without loading the schema library.
/**
 * The closed set of error codes that cross the contract. The renderer translates each code
 * (i18n key `errors.<code>`); `message` is English for logs and the CLI.
 */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'INVALID_BACKUP',
  /** A file the user gave cannot be used: corrupt image/PDF/APK, wrong kind, too large. */
  'INVALID_FILE',
  'IO',
  /** The database or a resource is held by someone else (another Paperdesk process, a running job). */
  'BUSY',
  /** The user cancelled a long operation; nothing was written. */
  'CANCELLED',
  /** Something the operation needs is missing on this machine (e.g. Chromium for printing). */
  'UNAVAILABLE',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'INTERNAL',
] as const

export type ErrorCode = (typeof errorCodes)[number]

/** What crosses a transport when a call fails: never a stack trace. (Schema: errors.ts.) */
export interface ErrorEnvelope {
  code: ErrorCode
  message: string
  details?: unknown
}

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
  'altered-schema',
  'oversized',
] as const
export type BackupProblem = (typeof backupProblems)[number]

export function invalidBackup(
  reason: BackupProblem,
  message: string,
  extra: Record<string, unknown> = {},
): AppError {
  return new AppError('INVALID_BACKUP', message, { reason, ...extra })
}

/**
 * A failure the user should read in their language. `reason` is `<domain>.<kebab-case>` (e.g.
 * `sign.pixel-bomb`), shown as the i18n string `<domain>.reasons.<kebab-case>`; the other fields of
 * `extra` fill its `{{placeholders}}`. `message` stays English, for logs and the CLI.
 */
export function userError(
  code: ErrorCode,
  reason: `${string}.${string}`,
  message: string,
  extra: Record<string, string | number | boolean | null> = {},
): AppError {
  // The English message may name values as the translations do ({{name}}); the CLI and logs show it as is.
  return new AppError(code, fillPlaceholders(message, extra), { reason, ...extra })
}

/** Puts `values` into a message's `{{name}}` placeholders; a placeholder without a value stays. */
export function fillPlaceholders(
  text: string,
  values: Readonly<Record<string, string | number | boolean | null>>,
): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  )
}

/** The i18n key of an error's `details.reason`, whichever kind of reason it is. */
export function reasonI18nKey(reason: string): string | undefined {
  const dotted = /^([a-z][a-zA-Z]*)\.([a-z0-9][a-z0-9-]*)$/.exec(reason)
  if (dotted) return `${dotted[1]}.reasons.${dotted[2]}`
  return /^[a-z-]+$/.test(reason) ? `errors.reasons.${reason}` : undefined
}

/** The result of one call as it crosses a transport. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: ErrorEnvelope }
