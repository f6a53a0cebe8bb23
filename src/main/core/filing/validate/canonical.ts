import { isIP } from 'node:net'

// One stored form per kind of value, whatever layout the user typed or pasted. These never
// judge a value (the validators do): a wrong ID number stays wrong, only its layout changes, so
// normalising can neither hide a mistake nor turn a right value wrong.

/** Full-width ASCII a Chinese IME types (１３８, ＠, ＋, －) and the ideographic space, as ASCII. */
export function halfWidth(raw: string): string {
  return raw
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

/** Trimmed, with runs of spaces as one (names, addresses, categories). */
export function canonicalText(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, ' ').trim()
}

/** A person's name: spaces tidied, and the middle dots of transliterated names as `·` (U+00B7). */
export function canonicalPersonName(raw: string): string {
  return canonicalText(raw).replace(/\s*[\u00b7\u2022\u2027\u2219\u30fb\uff0e\uff65]\s*/g, '·')
}

/** ID and certificate numbers, USCCs: no spaces or hyphens, capitals (a final x becomes X). */
export function canonicalCode(raw: string): string {
  return halfWidth(raw)
    .replace(/[\s-]+/g, '')
    .toUpperCase()
}

/**
 * A phone number as digits: a mainland mobile as its 11 digits (a +86, 0086 or 86 in front
 * dropped), any other number with its `+` kept. Something that is not a number is left trimmed.
 */
export function canonicalPhone(raw: string): string {
  const text = halfWidth(raw).trim()
  const digits = text.replace(/[\s()（）.-]+/g, '')
  const mainland = /^(?:\+86|0086|86)?(1\d{10})$/.exec(digits)
  if (mainland) return mainland[1] as string
  return /^\+?\d+$/.test(digits) ? digits : text
}

/** A domain as filed: lower case, no trailing dot, the IME's full stops (。．) as dots. */
export function canonicalDomain(raw: string): string {
  return halfWidth(raw)
    .trim()
    .toLowerCase()
    .replace(/[\u3002\uff61]/g, '.')
    .replace(/\.$/, '')
}

/** An e-mail address: the domain canonical (lower case), the local part kept as typed. */
export function canonicalEmail(raw: string): string {
  const text = halfWidth(raw).trim()
  const at = text.lastIndexOf('@')
  return at < 0 ? text : `${text.slice(0, at)}@${canonicalDomain(text.slice(at + 1))}`
}

/** An IP address: IPv6 in its short lower-case form (RFC 5952), IPv4 as is. */
export function canonicalIp(raw: string): string {
  const text = halfWidth(raw).trim()
  if (isIP(text) !== 6) return text
  try {
    return new URL(`http://[${text}]/`).hostname.slice(1, -1)
  } catch {
    return text.toLowerCase()
  }
}

/** A certificate fingerprint: upper-case hex without colons, spaces or hyphens. */
export function canonicalFingerprint(raw: string): string {
  const text = halfWidth(raw).trim()
  const hex = text.replace(/[\s:-]+/g, '')
  return /^[0-9a-f]+$/i.test(hex) ? hex.toUpperCase() : text
}

/**
 * The public key as filed, in the representation the user chose (open question §10): a decimal
 * modulus as bare digits, a hex modulus or DER as upper-case hex, base64 without line breaks,
 * PEM with plain line ends.
 */
export function canonicalPublicKey(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').trim()
  if (text.startsWith('-----BEGIN')) return text.replace(/[ \t]+$/gm, '')
  const compact = text.replace(/[\s:]+/g, '')
  if (/^\d+$/.test(compact)) return compact
  if (/^[0-9a-f]+$/i.test(compact)) return compact.toUpperCase()
  if (/^[A-Za-z0-9+/]+=*$/.test(compact)) return compact
  return text
}

/** A package name or bundle ID: no surrounding or stray spaces (they are never part of one). */
export function canonicalPackageName(raw: string): string {
  return halfWidth(raw).replace(/\s+/g, '')
}

/** A filing number (京ICP备12345678号-2A): half-width digits and dashes, ICP and the type letter in capitals. */
export function canonicalFilingNumber(raw: string): string {
  return halfWidth(raw)
    .trim()
    .replace(/\s+/g, '')
    .replace(/[－—–‐]/g, '-')
    .replace(/icp/i, 'ICP')
    .replace(/-(\d+)([axk])$/, (_, n: string, t: string) => `-${n}${t.toUpperCase()}`)
}
