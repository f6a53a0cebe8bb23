import type { FieldIssue, FieldReason } from '../../../../shared/contract/filing-form'

/** One thing a validator found about one value; the form adds the field's path. */
export type Finding = Omit<FieldIssue, 'path'>
export type Values = Record<string, string | number>

export const error = (reason: FieldReason, values: Values = {}): Finding => ({
  reason,
  severity: 'error',
  values,
})
export const warn = (reason: FieldReason, values: Values = {}): Finding => ({
  reason,
  severity: 'warning',
  values,
})

/** A checked value: what it normalises to (null when unusable) and what was found. */
export interface Checked<T = string> {
  value: T | null
  findings: Finding[]
}

export const hasError = (findings: Finding[]) => findings.some((f) => f.severity === 'error')
