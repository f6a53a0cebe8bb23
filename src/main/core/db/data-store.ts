import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { BackupFile, DbCheck, RestoreResult } from '../../../shared/contract'
import { AppError, invalidBackup } from '../../../shared/errors'
import { backupFileName, isAutoBackup, type BackupKind } from './backup-names'
import { openConnection, type Connection } from './connection'
import { schemaVersion } from './migrate'
import { latestSchemaVersion } from './migrations'
import { verifyDatabaseFile } from './verify-database-file'

export const DATABASE_FILE = 'paperdesk.sqlite'
export const BACKUP_DIR = 'backups'

/**
 * The one database of a data folder: its connection, online backups and restore.
 * The connection can be swapped by a restore, so services read `store.db` on each call.
 */
export class DataStore {
  readonly dataDir: string
  readonly path: string
  readonly backupsDir: string
  private connection: Connection | null

  constructor(dataDir: string) {
    this.dataDir = dataDir
    this.path = join(dataDir, DATABASE_FILE)
    this.backupsDir = join(dataDir, BACKUP_DIR)
    mkdirSync(dataDir, { recursive: true })
    this.connection = openConnection(this.path)
  }

  get db(): Connection {
    if (!this.connection) throw new AppError('INTERNAL', 'the database is closed')
    return this.connection
  }

  close(): void {
    this.connection?.close()
    this.connection = null
  }

  check(): DbCheck {
    const integrity = (this.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map(
      (r) => r.integrity_check,
    )
    const version = schemaVersion(this.db)
    return {
      ok: integrity.length === 1 && integrity[0] === 'ok' && version === latestSchemaVersion,
      integrity,
      schemaVersion: version,
      latestVersion: latestSchemaVersion,
      path: this.path,
      bytes: statSync(this.path).size,
    }
  }

  /**
   * Online backup to `dest` while the app keeps working. Written to a temporary name and renamed,
   * so `dest` is either the complete backup or absent. The copy is switched to rollback-journal
   * mode so it is one self-contained file.
   */
  async backupTo(dest: string): Promise<BackupFile> {
    const tmp = `${dest}.partial-${process.pid}-${Date.now()}`
    try {
      await this.db.backup(tmp)
      const copy = openConnection(tmp, { migrate: false })
      try {
        copy.pragma('journal_mode = DELETE')
      } finally {
        copy.close()
      }
      renameSync(tmp, dest)
    } catch (error) {
      rmSync(tmp, { force: true })
      rmSync(`${tmp}-wal`, { force: true })
      rmSync(`${tmp}-shm`, { force: true })
      if (error instanceof AppError) throw error
      throw new AppError('IO', `cannot write the backup to ${dest}`, { dest })
    }
    return describeBackup(dest)
  }

  async backupNow(kind: BackupKind = 'manual', now = new Date()): Promise<BackupFile> {
    mkdirSync(this.backupsDir, { recursive: true })
    return this.backupTo(join(this.backupsDir, backupFileName(kind, now, this.backupsDir)))
  }

  listBackups(): BackupFile[] {
    if (!existsSync(this.backupsDir)) return []
    return readdirSync(this.backupsDir)
      .filter((name) => name.endsWith('.sqlite') && !name.startsWith('.'))
      .map((name) => describeBackup(join(this.backupsDir, name)))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
  }

  /** A daily automatic backup, keeping the newest `keep`; returns the new backup or null. */
  async backupIfDue(now = new Date(), intervalMs = 24 * 3600_000, keep = 7): Promise<BackupFile | null> {
    const autos = this.listBackups().filter((b) => isAutoBackup(b.name))
    const newest = autos[0]
    if (newest && now.getTime() - Date.parse(newest.createdAt) < intervalMs) return null
    const made = await this.backupNow('auto', now)
    for (const old of [made, ...autos].slice(keep)) rmSync(old.path, { force: true })
    return made
  }

  async restoreBackup(name: string): Promise<RestoreResult> {
    const file = join(this.backupsDir, basename(name))
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `no backup named ${name}`)
    return this.restoreFrom(file)
  }

  /**
   * Replaces the database with the one in `source`. The source is copied to a staging file,
   * verified (integrity, Paperdesk application id, schema not newer) and migrated there; only
   * then is the current database copied aside and swapped. Any failure before the swap leaves
   * the current database open and untouched.
   */
  async restoreFrom(source: string): Promise<RestoreResult> {
    const staging = join(this.dataDir, `.restore-staging-${process.pid}-${Date.now()}.sqlite`)
    try {
      try {
        copyFileSync(source, staging)
      } catch {
        throw invalidBackup('unreadable', 'the file cannot be read', { file: source })
      }
      verifyDatabaseFile(staging)
      openConnection(staging).close() // migrate the copy to this version's schema
      const safety = await this.backupNow('pre-restore')
      this.swapIn(staging, safety.path)
      return { restoredFrom: source, safetyCopy: safety.path }
    } finally {
      for (const f of [staging, `${staging}-wal`, `${staging}-shm`]) rmSync(f, { force: true })
    }
  }

  private swapIn(staging: string, safetyCopy: string): void {
    this.close()
    try {
      for (const f of [`${this.path}-wal`, `${this.path}-shm`]) rmSync(f, { force: true })
      renameSync(staging, this.path)
      this.connection = openConnection(this.path)
    } catch (error) {
      // Put the previous database back rather than leave the user with none.
      copyFileSync(safetyCopy, this.path)
      this.connection = openConnection(this.path)
      throw error instanceof AppError
        ? error
        : new AppError('IO', 'the restored database could not be opened')
    }
  }
}

function describeBackup(path: string): BackupFile {
  const stat = statSync(path)
  return { name: basename(path), path, bytes: stat.size, createdAt: stat.mtime.toISOString() }
}
