/**
 * Dates as a user types them from an ID card or a licence: 2026-03-15, 2026/3/15, 2026.03.15,
 * 2026年3月15日, 20260315 (full-width digits too). Year, month, day always, as both UI languages
 * and every Chinese document write them; null when it is no real date.
 */
export function parseDateText(text: string): string | null {
  const ascii = text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(/日$/, '')
    .replace(/[年月./／．。\-－\s]+/g, '-')
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(ascii) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(ascii)
  if (!match) return null
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** A stored `YYYY-MM-DD` in the app's language: 2026年3月15日, March 15, 2026. */
export function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  if (Number.isNaN(date.getTime())) return day
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}
