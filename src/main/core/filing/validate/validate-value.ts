import { translate } from '../../../../shared/i18n'
import { checkEmail, checkMobile } from './contact'
import { hasError, type Finding } from './finding'
import { parseFilingNumber } from './filing-number'
import { checkDomain, checkIp } from './network'
import { checkResidentId } from './resident-id'
import { checkUscc } from './uscc'

export const valueKinds = ['id', 'uscc', 'mobile', 'email', 'domain', 'ip', 'filing-number'] as const
export type ValueKind = (typeof valueKinds)[number]

export interface ValueVerdict {
  kind: ValueKind
  valid: boolean
  /** The first error's reason (`filing.id-checksum`), null when valid. */
  reason: string | null
  /** The same in English, for scripts and the terminal. */
  message: string | null
  /** The value as it should be filed (spaces removed, case fixed), null when invalid. */
  normalized: string | null
  warnings: Array<{ reason: string; message: string }>
  /** What the value says: an ID's birth date, a filing number's province and type, an IP's version. */
  details: Record<string, unknown> | null
}

/** One value checked on its own, as `paperdesk filing validate --kind K VALUE` does. */
export function validateValue(kind: ValueKind, raw: string, now: Date): ValueVerdict {
  const { findings, normalized, details } = check(kind, raw, now)
  const english = (f: Finding) => translate('en', `filing.reasons.${f.reason}`, f.values)
  const firstError = findings.find((f) => f.severity === 'error')
  return {
    kind,
    valid: !hasError(findings),
    reason: firstError ? `filing.${firstError.reason}` : null,
    message: firstError ? english(firstError) : null,
    normalized: hasError(findings) ? null : normalized,
    warnings: findings
      .filter((f) => f.severity === 'warning')
      .map((f) => ({ reason: `filing.${f.reason}`, message: english(f) })),
    details: hasError(findings) ? null : details,
  }
}

function check(
  kind: ValueKind,
  raw: string,
  now: Date,
): { findings: Finding[]; normalized: string | null; details: Record<string, unknown> | null } {
  switch (kind) {
    case 'id': {
      const r = checkResidentId(raw, now)
      return { findings: r.findings, normalized: r.value, details: r.facts ? { ...r.facts } : null }
    }
    case 'uscc': {
      const r = checkUscc(raw)
      return {
        findings: r.findings,
        normalized: r.value,
        details: r.value ? { region: r.value.slice(2, 8) } : null,
      }
    }
    case 'mobile': {
      const r = checkMobile(raw)
      return { findings: r.findings, normalized: r.value, details: null }
    }
    case 'email': {
      const r = checkEmail(raw)
      return { findings: r.findings, normalized: r.value, details: null }
    }
    case 'domain': {
      const r = checkDomain(raw)
      return { findings: r.findings, normalized: r.value, details: r.ascii ? { ascii: r.ascii } : null }
    }
    case 'ip': {
      const r = checkIp(raw)
      return { findings: r.findings, normalized: r.value, details: r.version ? { version: r.version } : null }
    }
    case 'filing-number': {
      const r = parseFilingNumber(raw)
      return {
        findings: r.findings,
        normalized: r.value?.text ?? null,
        details: r.value ? { ...r.value } : null,
      }
    }
  }
}
