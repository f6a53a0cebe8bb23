import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { BACKUP_DIR, DATABASE_FILE } from '../../src/main/core/db/data-store'
import { SettingsSchema } from '../../src/shared/contract'
import { PAPERDESK_APPLICATION_ID } from '../../src/main/core/db/migrations/001-setting'

export interface SettingRow {
  key: string
  value: string
  updated_at: string
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE)
}

/** Reads the data folder's database from outside the app, the way a user's disk holds it. */
function withDatabase<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return read(db)
  } finally {
    db.close()
  }
}

export function settingRows(dataDir: string): SettingRow[] {
  return withDatabase(
    databasePath(dataDir),
    (db) => db.prepare('SELECT key, value, updated_at FROM setting ORDER BY key').all() as SettingRow[],
  )
}

/** The user's preference rows only: Electron's main also keeps its own keys (window bounds). */
export function preferenceRows(dataDir: string): SettingRow[] {
  const keys: string[] = Object.keys(SettingsSchema.shape)
  return settingRows(dataDir).filter((r) => keys.includes(r.key))
}

/** `*.sqlite` file names in the data folder's backups directory. */
export function backupFiles(dataDir: string): string[] {
  const dir = join(dataDir, BACKUP_DIR)
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.sqlite'))
        .sort()
    : []
}

/** A backup made with "Back up now" (not automatic, not a pre-restore safety copy). */
export function isManualBackup(name: string): boolean {
  return /^paperdesk-\d{8}-\d{6}(-\d+)?\.sqlite$/.test(name)
}

/** One stored preference, JSON-decoded; undefined when the row does not exist. */
export function storedSetting(dataDir: string, key: string): unknown {
  const row = settingRows(dataDir).find((r) => r.key === key)
  return row ? JSON.parse(row.value) : undefined
}

export interface SqliteFileFacts {
  header: string
  integrity: string[]
  applicationId: number
  userVersion: number
  settings: Record<string, unknown>
}

/** What a backup file really is: its header, integrity, Paperdesk id and the settings inside. */
export function inspectSqliteFile(file: string): SqliteFileFacts {
  const fd = openSync(file, 'r')
  const buf = Buffer.alloc(16)
  try {
    readSync(fd, buf, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  return {
    header: buf.toString('latin1'),
    ...withDatabase(file, (db) => ({
      integrity: (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map(
        (r) => r.integrity_check,
      ),
      applicationId: db.pragma('application_id', { simple: true }) as number,
      userVersion: db.pragma('user_version', { simple: true }) as number,
      settings: Object.fromEntries(
        (db.prepare('SELECT key, value FROM setting').all() as SettingRow[]).map((r) => [
          r.key,
          JSON.parse(r.value),
        ]),
      ),
    })),
  }
}

export const SQLITE_HEADER = 'SQLite format 3\0'
export { PAPERDESK_APPLICATION_ID }
