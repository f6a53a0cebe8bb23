import { existsSync } from 'node:fs'
import { join } from 'node:path'

export type BackupKind = 'manual' | 'auto' | 'pre-restore'

const prefixes: Record<BackupKind, string> = {
  manual: 'paperdesk',
  auto: 'paperdesk-auto',
  'pre-restore': 'paperdesk-pre-restore',
}

/** `paperdesk-20261128-101500.sqlite` in local time; a suffix keeps two backups in one second apart. */
export function backupFileName(kind: BackupKind, at: Date, dir: string): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const stamp =
    `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-` +
    `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
  const base = `${prefixes[kind]}-${stamp}`
  let name = `${base}.sqlite`
  for (let n = 2; existsSync(join(dir, name)); n++) name = `${base}-${n}.sqlite`
  return name
}

export function isAutoBackup(name: string): boolean {
  return name.startsWith(`${prefixes.auto}-`)
}

export function isPreRestoreBackup(name: string): boolean {
  return name.startsWith(`${prefixes['pre-restore']}-`)
}
