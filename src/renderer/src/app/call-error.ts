import type { PaperdeskCallError } from '../../../shared/api'
import type { ErrorCode } from '../../../shared/errors'

// The renderer may not import shared runtime code; `satisfies` keeps this list equal to the contract's.
const knownCodes = {
  VALIDATION: true,
  NOT_FOUND: true,
  INVALID_BACKUP: true,
  IO: true,
  UNKNOWN_METHOD: true,
  FORBIDDEN: true,
  INTERNAL: true,
} as const satisfies Record<ErrorCode, true>

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(knownCodes, value)
}

/**
 * Whatever a failed call rejected with, as the contract's error envelope. A `window.paperdesk`
 * call rejects with a plain `{ code, message, details? }`; anything else (a bug, a TypeError,
 * a missing bridge) becomes INTERNAL.
 */
export function toCallError(e: unknown): PaperdeskCallError {
  if (e !== null && typeof e === 'object') {
    const { code, message, details } = e as Record<string, unknown>
    if (isErrorCode(code) && typeof message === 'string') {
      return details === undefined ? { code, message } : { code, message, details }
    }
    if (e instanceof Error) return { code: 'INTERNAL', message: e.message }
    return { code: 'INTERNAL', message: typeof message === 'string' ? message : 'unexpected failure' }
  }
  return { code: 'INTERNAL', message: typeof e === 'string' ? e : 'unexpected failure' }
}

/** The translation key of an error's reason (`details.reason`), e.g. why a backup was refused. */
export function reasonKey(error: PaperdeskCallError): string | undefined {
  const details = error.details
  if (details === null || typeof details !== 'object') return undefined
  const reason = (details as Record<string, unknown>)['reason']
  return typeof reason === 'string' && /^[a-z-]+$/.test(reason) ? `errors.reasons.${reason}` : undefined
}
