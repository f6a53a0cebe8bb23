import type { PaperdeskCallError } from '../../../shared/api'
import { isErrorCode } from './contract-values'

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
