import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import type { AutoBackupStatus, BackupFile, DbCheck, RestoreResult } from '../../../shared/contract'
import { AppError, userError } from '../../../shared/errors'
import { alreadyExists, describeBackup, fileSize, placeBackup, snapshotCopy } from './backup-file'
import { backupFileName, isAutoBackup, isPreRestoreBackup, type BackupKind } from './backup-names'
import { openConnection, type Connection } from './connection'
import { copyDatabaseFile } from './copy-database-file'
import { DatabaseLock, lockFileOf } from './database-lock'
import { schemaVersion } from './migrate'
import { latestSchemaVersion } from './migrations'
import { matchPageSize, restoreIntoLive } from './restore-into-live'
import { SerialQueue } from './serial-queue'
import {
  partialName,
  removeWithSidecars,
  SIDECARS,
  stagingName,
  sweepPartialsOf,
  sweepTempFiles,
} from './temp-files'
import { verifyDatabaseFile } from './verify-database-file'

export const DATABASE_FILE = 'paperdesk.sqlite'
export const BACKUP_DIR = 'backups'
/** How many automatic backups and pre-restore safety copies are kept (each kind). */
export const KEEP_BACKUPS = 7

/**
 * The one database of a data folder: its connection, online backups and restore.
 * The connection can be swapped by a restore, so services read `store.db` on each call.
 * Backups and restores of one store run one at a time; a restore also needs every other
 * process (the app, a CLI) to have let go of the data folder — see DatabaseLock.
 */
export class DataStore {
  readonly dataDir: string
  readonly path: string
  readonly backupsDir: string
  private connection: Connection | null
  private readonly lock: DatabaseLock
  private readonly queue = new SerialQueue()
  private lastAutoAttempt: { at: string; error: AutoBackupStatus['error'] } | null = null

  constructor(dataDir: string) {
    this.dataDir = dataDir
    this.path = join(dataDir, DATABASE_FILE)
    this.backupsDir = join(dataDir, BACKUP_DIR)
    mkdirSync(dataDir, { recursive: true })
    this.lock = new DatabaseLock(lockFileOf(this.path))
    try {
      // What a killed restore or backup left behind; all of it is stale if nobody else is here.
      const alone = this.lock.isAlone()
      for (const dir of [this.dataDir, this.backupsDir]) sweepTempFiles(dir, { alone })
      this.connection = openConnection(this.path)
    } catch (error) {
      this.lock.close()
      throw error
    }
  }

  get db(): Connection {
    if (!this.connection) throw new AppError('INTERNAL', 'the database is closed')
    return this.connection
  }

  close(): void {
    this.connection?.close()
    this.connection = null
    this.lock.close()
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
      // Recent commits may still sit in the -wal: they are part of the database's size.
      bytes: fileSize(this.path) + fileSize(`${this.path}-wal`),
    }
  }

  /**
   * Online backup to the new file `dest` while the app keeps working. Written to a temporary name
   * and then linked into place, so `dest` is either the complete backup or absent, and a file that
   * exists (or appears meanwhile) is never replaced. The copy uses a rollback journal, so it is one
   * self-contained file.
   */
  backupTo(dest: string): Promise<BackupFile> {
    return this.queue.run(() => this.writeBackup(resolve(dest)))
  }

  backupNow(kind: BackupKind = 'manual', now = new Date()): Promise<BackupFile> {
    return this.queue.run(() => this.writeNamedBackup(kind, now))
  }

  /** Every readable backup in `backups/`, newest first; entries that cannot be read are skipped. */
  listBackups(): BackupFile[] {
    let names: string[]
    try {
      names = readdirSync(this.backupsDir)
    } catch {
      return []
    }
    return names
      .filter((name) => name.endsWith('.sqlite') && !name.startsWith('.'))
      .flatMap((name) => {
        const described = describeBackup(join(this.backupsDir, name))
        return described ? [described] : []
      })
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
  }

  /** A daily automatic backup, keeping the newest `keep`; returns the new backup or null. */
  async backupIfDue(
    now = new Date(),
    intervalMs = 24 * 3600_000,
    keep = KEEP_BACKUPS,
  ): Promise<BackupFile | null> {
    const newest = this.listBackups().find((b) => isAutoBackup(b.name))
    if (newest && now.getTime() - Date.parse(newest.createdAt) < intervalMs) return null
    try {
      const made = await this.backupNow('auto', now)
      this.prune(isAutoBackup, keep)
      this.lastAutoAttempt = { at: now.toISOString(), error: null }
      return made
    } catch (error) {
      const envelope =
        error instanceof AppError ? error.toEnvelope() : { code: 'IO' as const, message: String(error) }
      this.lastAutoAttempt = { at: now.toISOString(), error: envelope }
      throw error
    }
  }

  /** The automatic backup's last outcome in this run, and the newest one on disk. */
  autoBackupStatus(): AutoBackupStatus {
    const newest = this.listBackups().find((b) => isAutoBackup(b.name))
    return {
      lastAttemptAt: this.lastAutoAttempt?.at ?? null,
      lastSuccessAt: newest?.createdAt ?? null,
      error: this.lastAutoAttempt?.error ?? null,
    }
  }

  async restoreBackup(name: string): Promise<RestoreResult> {
    const file = join(this.backupsDir, basename(name))
    if (!existsSync(file)) throw new AppError('NOT_FOUND', `no backup named ${name}`)
    return this.restoreFrom(file)
  }

  /**
   * Replaces the database's content with the one in `source`. Refused while another Paperdesk
   * process has the data folder open. The source is copied through SQLite to a staging file,
   * verified (integrity, Paperdesk application id, schema not newer and exactly as our migrations
   * build it) and migrated there; only then is it written into the live file through SQLite (see
   * restoreIntoLive), with a copy of the current content kept in `backups/` first. Any failure
   * leaves the current database as it was.
   */
  restoreFrom(source: string): Promise<RestoreResult> {
    return this.queue.run(async () => {
      const outcome = await this.lock.withExclusive(() => this.restoreAlone(resolve(source)))
      if (!outcome.ran) {
        throw userError(
          'BUSY',
          'db.in-use',
          'another Paperdesk window or command is using this data folder; close Paperdesk first',
        )
      }
      return outcome.value
    })
  }

  private async restoreAlone(source: string): Promise<RestoreResult> {
    const staging = stagingName(this.dataDir)
    try {
      await copyDatabaseFile(source, staging)
      verifyDatabaseFile(staging)
      openConnection(staging).close() // migrate the copy to this version's schema
      matchPageSize(staging, this.db.pragma('page_size', { simple: true }) as number)
      mkdirSync(this.backupsDir, { recursive: true })
      // Our own connection steps aside (a call meanwhile is refused, not blocked on the lock) and
      // comes back on the restored content, with nothing cached from the old one.
      this.connection?.close()
      this.connection = null
      let safety: BackupFile
      try {
        safety = await restoreIntoLive(
          staging,
          this.path,
          () => this.writeSafetyCopy(new Date()),
          (copy) => rmSync(copy.path, { force: true }),
        )
      } finally {
        this.connection = openConnection(this.path)
      }
      // Make the restore durable now, not at the next checkpoint (the copying connection
      // commits with SQLite's default WAL durability).
      this.connection.pragma('wal_checkpoint(PASSIVE)')
      this.prune(isPreRestoreBackup, KEEP_BACKUPS)
      return { restoredFrom: source, safetyCopy: safety.path }
    } finally {
      removeWithSidecars(staging)
    }
  }

  /** The pre-restore copy, made while the restore holds the write lock (so synchronously). */
  private writeSafetyCopy(now: Date): BackupFile {
    for (let attempt = 0; ; attempt++) {
      const dest = join(this.backupsDir, backupFileName('pre-restore', now, this.backupsDir))
      try {
        return snapshotCopy(this.path, dest)
      } catch (error) {
        const exists =
          error instanceof AppError && (error.details as { exists?: boolean } | undefined)?.exists
        if (!exists || attempt >= 5) throw error
      }
    }
  }

  private async writeNamedBackup(kind: BackupKind, now: Date): Promise<BackupFile> {
    mkdirSync(this.backupsDir, { recursive: true })
    // Two backups in one second get -2, -3…; writeBackup never replaces a file that appeared.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.writeBackup(join(this.backupsDir, backupFileName(kind, now, this.backupsDir)))
      } catch (error) {
        const exists =
          error instanceof AppError && (error.details as { exists?: boolean } | undefined)?.exists
        if (!exists || attempt >= 5) throw error
      }
    }
  }

  private async writeBackup(dest: string): Promise<BackupFile> {
    this.refuseOwnFiles(dest)
    if (existsSync(dest)) throw alreadyExists(dest)
    sweepPartialsOf(dest)
    const tmp = partialName(dest)
    try {
      await this.db.backup(tmp)
    } catch (error) {
      removeWithSidecars(tmp)
      if (error instanceof AppError) throw error
      throw new AppError('IO', `cannot write the backup to ${dest}`, { dest })
    }
    // A rollback journal, so the backup is one self-contained file.
    return placeBackup(tmp, dest, () => {
      const copy = openConnection(tmp, { migrate: false })
      try {
        copy.pragma('journal_mode = DELETE')
      } finally {
        copy.close()
      }
    })
  }

  /** A backup onto the database itself, its side files or the lock file would destroy it. */
  private refuseOwnFiles(dest: string): void {
    const own = [this.path, ...SIDECARS.map((s) => `${this.path}${s}`), lockFileOf(this.path)]
    const real = (p: string) => {
      try {
        return join(realpathSync(dirname(p)), basename(p))
      } catch {
        return resolve(p)
      }
    }
    const target = real(dest)
    if (own.some((p) => real(p) === target)) {
      throw userError(
        'IO',
        'db.backup-onto-database',
        'a backup cannot be written over the database or its side files',
      )
    }
  }

  private prune(matches: (name: string) => boolean, keep: number): void {
    for (const old of this.listBackups()
      .filter((b) => matches(b.name))
      .slice(keep)) {
      rmSync(old.path, { force: true })
    }
  }
}
