import type { BackupFile } from '../../../../shared/contract/db'

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const

/** `12.3 kB` / `12.3 kB` in the UI language (decimal units, as the unit names say). */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value)
}

/** A timestamp as the UI language writes it; an unparsable value is shown as is. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/** Newest first by creation time, then by name (backup names embed the time). */
export function sortNewestFirst(backups: readonly BackupFile[]): BackupFile[] {
  const time = (b: BackupFile) => {
    const t = Date.parse(b.createdAt)
    return Number.isNaN(t) ? 0 : t
  }
  return [...backups].sort((a, b) => time(b) - time(a) || b.name.localeCompare(a.name))
}

/** The last segment of a path, either separator. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path
}
