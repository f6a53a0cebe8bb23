/** `110105**********2X`-style: the ends of an ID number kept, the middle hidden. */
export function maskIdNumber(value: string): string {
  const v = value.replace(/\s+/g, '')
  if (v.length <= 6) return '*'.repeat(v.length)
  const keep = v.length >= 15 ? 4 : 2
  return `${v.slice(0, keep)}${'*'.repeat(v.length - keep * 2)}${v.slice(-keep)}`
}

/** `138****8000`. */
export function maskPhone(value: string): string {
  const digits = value.replace(/[\s-]+/g, '')
  if (digits.length < 7) return '*'.repeat(digits.length)
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
}
