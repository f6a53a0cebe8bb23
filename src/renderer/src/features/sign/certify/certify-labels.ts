// Small pure helpers for showing certificates: names, key types, dates.
import type { NewIdentity } from '../../../../../shared/contract/certify'

export type KeyAlgorithm = NonNullable<NewIdentity['algorithm']>

// The renderer imports only types from shared: the contract's key types restated (the compiler
// checks each is named; certify-labels.test.ts checks the order against shared's own).
const keyAlgorithmSet = { 'rsa-2048': true, 'rsa-3072': true, 'ecdsa-p256': true } as const satisfies Record<
  KeyAlgorithm,
  true
>
export const keyAlgorithms = Object.keys(keyAlgorithmSet) as KeyAlgorithm[]

/** The CN of a distinguished name such as `CN=张三, O=某某科技有限公司, C=CN`; the whole text when none. */
export function commonNameOf(dn: string): string {
  const match = /(?:^|,\s*)CN=((?:\\,|[^,])+)/.exec(dn)
  return match?.[1]?.replace(/\\,/g, ',').trim() || dn
}

const algorithmNames: Readonly<Record<string, string>> = {
  'rsa-2048': 'RSA 2048',
  'rsa-3072': 'RSA 3072',
  'rsa-4096': 'RSA 4096',
  'ecdsa-p256': 'ECDSA P-256',
  'ecdsa-p384': 'ECDSA P-384',
}

/** `rsa-2048` → `RSA 2048`; anything unknown is shown as the core wrote it. */
export function algorithmLabel(key: string): string {
  return algorithmNames[key.toLowerCase()] ?? key
}

/** A calendar date as the UI language writes it; an unparsable value is shown as is. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date)
}

/** Validity choices of a new identity, in years. */
export const VALIDITY_YEARS = [1, 2, 3, 5, 10] as const

/** Days from `from` to the same calendar day `years` later (leap days counted). */
export function daysInYears(years: number, from = new Date()): number {
  const until = new Date(from)
  until.setFullYear(until.getFullYear() + years)
  return Math.round((until.getTime() - from.getTime()) / 86_400_000)
}
