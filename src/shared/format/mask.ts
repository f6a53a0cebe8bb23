// Masking as the app shows it and the printed filing sheet prints it: one rule, both sides.
// Plain functions with no imports, so the renderer may load them.

/**
 * `1101**********002X`: an ID number's ends kept, the middle hidden. A long number (15 digits or
 * more: resident IDs) keeps 4 at each end — the region's province and city, and the check digits —
 * so the birth date is never shown; a shorter one keeps 2; 6 characters or fewer are all hidden.
 */
export function maskIdNumber(value: string): string {
  const v = value.replace(/\s+/g, '')
  if (v.length <= 6) return '*'.repeat(v.length)
  const keep = v.length >= 15 ? 4 : 2
  return `${v.slice(0, keep)}${'*'.repeat(v.length - keep * 2)}${v.slice(-keep)}`
}

/** `138****8000`: a phone's first 3 and last 4 digits kept (spaces and dashes dropped); shorter than 7 all hidden. */
export function maskPhone(value: string): string {
  const digits = value.replace(/[\s-]+/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}
