import type { TFunction } from 'i18next'
import { describeError } from '../../app/call-error'

/** `describeError` with react-i18next's typed `t`. */
export function describe(t: TFunction, error: unknown): string {
  return describeError(t as unknown as (key: string, options?: Record<string, unknown>) => string, error)
}
