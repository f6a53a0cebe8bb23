import type { FilingPreferences } from '../../../../../shared/contract/filing'
import type { CertificateFacts } from '../../../../../shared/contract/filing-inspect'

/** The layouts a fingerprint is seen in (reference §3): openssl/keytool, plain, apksigner, jadx. */
export type FingerprintFormat = FilingPreferences['fingerprintLayout']
export const fingerprintFormats: readonly FingerprintFormat[] = ['colons', 'upper', 'lower', 'spaces']

export function formatFingerprint(hex: string, format: FingerprintFormat): string {
  const pairs = hex.toUpperCase().match(/.{1,2}/g) ?? []
  if (format === 'colons') return pairs.join(':')
  if (format === 'spaces') return pairs.join(' ')
  return format === 'lower' ? hex.toLowerCase() : hex.toUpperCase()
}

/** The public key as the filings have been seen to take it (reference §3, open question §10). */
export const publicKeyFormats = ['decimal', 'hex', 'pem', 'spki'] as const
export type PublicKeyFormat = (typeof publicKeyFormats)[number]

/** A modulus only exists for RSA; other keys fall back to the DER key in hex. */
export function publicKeyText(cert: CertificateFacts, format: PublicKeyFormat): string {
  const key = cert.publicKey
  if (format === 'decimal' && key.modulusDecimal) return key.modulusDecimal
  if (format === 'hex' && key.modulusHex) return key.modulusHex
  if (format === 'pem') return key.pem
  return key.spkiHex
}

export type HashChoice = 'md5' | 'sha1' | 'sha256'

/** What goes in the 签名MD5值 box by default: iOS takes the SHA-1 (reference §3, H). */
export function defaultHash(platform: string): HashChoice {
  return platform === 'ios' ? 'sha1' : 'md5'
}
