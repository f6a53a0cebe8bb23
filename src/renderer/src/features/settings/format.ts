import type { BackupFile } from '../../../../shared/contract/db'

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
