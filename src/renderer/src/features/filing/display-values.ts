import { formatFingerprint, type FingerprintFormat } from './inspector/formats'

// How stored values are shown when the user is not editing them. The core stores one canonical
// layout; these only lay it out for reading and never change what is saved.

/** A mainland mobile as 138 0013 8000; anything else as it is. */
export function displayPhone(value: string): string {
  const digits = value.replace(/[\s()-]+/g, '').replace(/^(?:\+86|0086)(?=1\d{10}$)/, '')
  return /^1\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}` : value
}

/** A fingerprint (MD5, SHA-1, SHA-256) in the chosen layout; anything else as it is. */
export function displayFingerprint(value: string, layout: FingerprintFormat): string {
  const hex = value.replace(/[\s:-]+/g, '')
  return /^[0-9a-f]+$/i.test(hex) && [32, 40, 64].includes(hex.length)
    ? formatFingerprint(hex, layout)
    : value
}
