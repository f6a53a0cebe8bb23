import type {
  CertificateFacts,
  InspectWarning,
  InspectWarningCode,
} from '../../../../shared/contract/filing-inspect'

const informational: ReadonlySet<InspectWarningCode> = new Set([
  'no-v1-signature',
  'chain-leaf-only',
  'platform-unknown',
  'label-unresolved',
])

/** Days before a certificate's end from which the inspector warns (a renewal means a change filing). */
export const EXPIRY_WARNING_DAYS = 90
const DAY_MS = 24 * 60 * 60 * 1000

export function warning(
  code: InspectWarningCode,
  values: Record<string, string | number> = {},
): InspectWarning {
  return { code, severity: informational.has(code) ? 'info' : 'warning', values }
}

/** Validity and key-strength warnings for each certificate the user would file. */
export function certificateWarnings(certificates: CertificateFacts[], now: Date): InspectWarning[] {
  const list: InspectWarning[] = []
  for (const cert of certificates) {
    const name = cert.commonName ?? cert.subject
    const end = Date.parse(cert.notAfter)
    const days = Math.floor((end - now.getTime()) / DAY_MS)
    if (end < now.getTime())
      list.push(warning('certificate-expired', { name, date: cert.notAfter.slice(0, 10) }))
    else if (days < EXPIRY_WARNING_DAYS)
      list.push(warning('certificate-expiring', { name, date: cert.notAfter.slice(0, 10), days }))
    if (Date.parse(cert.notBefore) > now.getTime())
      list.push(warning('certificate-not-yet-valid', { name, date: cert.notBefore.slice(0, 10) }))
    const { algorithm, bits } = cert.publicKey
    if ((algorithm === 'RSA' || algorithm === 'DSA') && bits !== null && bits < 2048)
      list.push(warning('weak-key', { name, algorithm, bits }))
  }
  return list
}
