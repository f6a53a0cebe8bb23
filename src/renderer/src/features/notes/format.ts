/** Today: the time; this year: day and month; else the full date. */
export function formatListDate(iso: string, locale: string, now = new Date()): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  if (date.toDateString() === now.toDateString())
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date)
  if (date.getFullYear() === now.getFullYear())
    return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(date)
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date)
}
