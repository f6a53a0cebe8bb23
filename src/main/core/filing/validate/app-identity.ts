import type { PlatformEntry } from '../../../../shared/contract/filing-form'
import { chinaDay, daysBetween } from '../calendar'
import { canonicalFingerprint, canonicalPackageName } from './canonical'
import { error, warn, type Checked, type Finding } from './finding'

const JAVA_PACKAGE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/
const BUNDLE_ID = /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/

/** Android/HarmonyOS package name or iOS bundle ID, by platform. */
export function checkPackageName(os: PlatformEntry['os'], raw: string): Checked<string> {
  const value = canonicalPackageName(raw)
  if (os === 'ios')
    return BUNDLE_ID.test(value)
      ? { value, findings: [] }
      : { value: null, findings: [error('bundle-id-format')] }
  if (os === 'other' || JAVA_PACKAGE.test(value)) return { value, findings: [] }
  return { value: null, findings: [error('package-name-format')] }
}

/**
 * The 签名MD5值 box: any hex layout (colons, spaces, either case) of a certificate fingerprint.
 * Android wants the MD5 (32 hex); iOS the SHA-1 (40 hex) despite the label (reference §3, H).
 * HarmonyOS is not settled, so any fingerprint length is accepted there.
 */
export function checkSignature(entry: PlatformEntry): Checked<string> {
  const hex = canonicalFingerprint(entry.signatureMd5)
  if (!/^[0-9A-F]+$/.test(hex) || ![32, 40, 64].includes(hex.length))
    return { value: null, findings: [error('signature-format')] }
  const findings: Finding[] = []
  if (entry.os === 'ios' && hex.length !== 40) findings.push(error('signature-ios-needs-sha1'))
  if (entry.os === 'android' && hex.length !== 32) findings.push(warn('signature-android-needs-md5'))
  const cert = entry.certificate
  if (cert && ![cert.md5, cert.sha1, cert.sha256].includes(hex))
    findings.push(error('signature-not-certificate'))
  return { value: hex, findings }
}

/** The certificate behind a platform's values: expired, or ending within 90 days (renewal means a change filing). */
export function checkCertificateDates(entry: PlatformEntry, now: Date): Finding[] {
  if (!entry.certificate) return []
  const end = chinaDay(new Date(entry.certificate.notAfter))
  const days = daysBetween(chinaDay(now), end)
  if (days < 0) return [error('certificate-expired', { date: end })]
  return days < 90 ? [warn('certificate-expiring', { date: end, days })] : []
}
