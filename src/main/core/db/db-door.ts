import type { AutoBackupStatus, BackupFile, DbCheck, RestoreResult } from '../../../shared/contract/db'
import type { DataStore } from './data-store'

/**
 * The door to the data folder's database: check it, back it up, restore it. The app's `db`
 * methods and the `paperdesk db` commands both come through here.
 */
export class DbDoor {
  constructor(private readonly store: DataStore) {}

  /** The database file. */
  get path(): string {
    return this.store.path
  }

  /** An integrity check and the schema version. */
  check(): DbCheck {
    return this.store.check()
  }

  /** Copies the database, while it may be in use, to the new file `path`. */
  backupTo(path: string): Promise<BackupFile> {
    return this.store.backupTo(path)
  }

  /** A backup into the data folder's backups/. */
  backupNow(): Promise<BackupFile> {
    return this.store.backupNow()
  }

  listBackups(): BackupFile[] {
    return this.store.listBackups()
  }

  autoBackupStatus(): AutoBackupStatus {
    return this.store.autoBackupStatus()
  }

  /** Replaces the database with one of backups/, keeping a safety copy of the current one. */
  restoreBackup(name: string): Promise<RestoreResult> {
    return this.store.restoreBackup(name)
  }

  /** Replaces the database with the backup file at `path`, checked first, keeping a safety copy. */
  restoreFrom(path: string): Promise<RestoreResult> {
    return this.store.restoreFrom(path)
  }
}
