import type { TFunction } from 'i18next'
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

/**
 * The translation key of an error's reason (`details.reason`): `errors.reasons.<reason>` for the
 * shell's own (why a backup was refused), `<domain>.reasons.<reason>` for `<domain>.<reason>`.
 * Mirrors shared's `reasonI18nKey` (the renderer imports only types from shared).
 */
export function reasonKey(error: PaperdeskCallError): string | undefined {
  const details = error.details
  if (details === null || typeof details !== 'object') return undefined
  const reason = (details as Record<string, unknown>)['reason']
  if (typeof reason !== 'string') return undefined
  const dotted = /^([a-z][a-zA-Z]*)\.([a-z0-9][a-z0-9-]*)$/.exec(reason)
  if (dotted) return `${dotted[1]}.reasons.${dotted[2]}`
  return /^[a-z-]+$/.test(reason) ? `errors.reasons.${reason}` : undefined
}

/** The values a reason's placeholders may use: the error's other plain details. */
export function reasonValues(error: PaperdeskCallError): Record<string, string | number> {
  const details = error.details
  if (details === null || typeof details !== 'object') return {}
  const values: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value
  }
  return values
}

/** An error in the user's language: the reason's text when there is one, else the code's. */
export function describeError(tf: TFunction, e: unknown): string {
  // Keys here are computed at run time, past i18next's typed key checks.
  const t = tf as unknown as (key: string, options?: Record<string, unknown>) => string
  const error = toCallError(e)
  const reason = reasonKey(error)
  const message = reason ? t(reason, { defaultValue: error.message, ...reasonValues(error) }) : error.message
  return t(`errors.${error.code}`, { message: withoutFinalStop(message) })
}

/** A reason written as a sentence, without its full stop: the code's text goes on after it. */
export function withoutFinalStop(text: string): string {
  return text.replace(/[.。!！]+\s*$/u, '')
}
