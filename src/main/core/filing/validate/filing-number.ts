import { provinces, type Province } from '../data/provinces'
import { canonicalFilingNumber } from './canonical'
import { error, warn, type Checked, type Finding } from './finding'

export const filingNumberTypes = ['subject', 'website', 'app', 'mini-program', 'quick-app'] as const
export type FilingNumberType = (typeof filingNumberTypes)[number]

export interface ParsedFilingNumber {
  province: Pick<Province, 'code' | 'abbr' | 'zh' | 'en'>
  /** The subject's number, e.g. `12345678`. */
  number: string
  /** The service's sequence (`-2` in `-2A`), null for the subject number alone. */
  sequence: number | null
  type: FilingNumberType
  /** The subject number this service hangs off: `京ICP备12345678号`. */
  subjectNumber: string
  /** The whole number, normalised. */
  text: string
}

const typeBySuffix: Record<string, FilingNumberType> = { A: 'app', X: 'mini-program', K: 'quick-app' }
const PATTERN = /^(\p{Script=Han})ICP备(\d{4,12})号(?:-(\d{1,4})([A-Z])?)?$/u

/**
 * A filing number (备案号): `<province>ICP备<digits>号`, then `-N` per service with a type letter —
 * none for a website, A for an app, X for a mini program, K for a quick app (reference §4).
 */
export function parseFilingNumber(raw: string): Checked<ParsedFilingNumber> {
  const text = canonicalFilingNumber(raw)
  const match = PATTERN.exec(text)
  if (!match) return { value: null, findings: [error('filing-number-format')] }
  const [, abbr, number, sequence, letter] = match as unknown as [string, string, string, string?, string?]
  const findings: Finding[] = []
  let province = provinces.find((p) => p.abbr === abbr)
  if (!province) {
    province = provinces.find((p) => p.aliases.includes(abbr))
    if (!province) return { value: null, findings: [error('filing-number-province', { abbr })] }
    findings.push(warn('filing-number-alias', { abbr, usual: province.abbr }))
  }
  if (letter && !typeBySuffix[letter]) return { value: null, findings: [error('filing-number-format')] }
  const type: FilingNumberType =
    sequence === undefined ? 'subject' : letter ? (typeBySuffix[letter] as FilingNumberType) : 'website'
  const { code, zh, en } = province
  return {
    value: {
      province: { code, abbr: province.abbr, zh, en },
      number,
      sequence: sequence === undefined ? null : Number(sequence),
      type,
      subjectNumber: `${abbr}ICP备${number}号`,
      text,
    },
    findings,
  }
}
