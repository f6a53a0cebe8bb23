import Database from 'better-sqlite3'
import { userError } from '../../../shared/errors'
import { sqliteOptions } from './connection'

/** Beside the database: `paperdesk.sqlite` → `paperdesk.sqlite.lock`. */
export function lockFileOf(databasePath: string): string {
  return `${databasePath}.lock`
}

/** How long opening waits for a running restore in another process before giving up. */
const OPEN_WAIT_MS = 10_000

/**
 * A cross-process readers/writer lock on one data folder, so that a restore never swaps the
 * database file under another process (the app and the CLI are two). Every open `DataStore`
 * holds it shared; a restore needs it exclusive and is refused while anyone else holds it.
 *
 * It is SQLite's own file locking on a tiny side file: a held read transaction is a shared lock,
 * `BEGIN EXCLUSIVE` needs every other one gone. The OS drops the locks of a process that dies, so
 * a crash never leaves the folder locked. (SQLite gives each connection its own lock even within
 * one process, so two stores in one process also see each other.)
 */
export class DatabaseLock {
  private readonly db: Database.Database
  private mode: 'shared' | 'exclusive' | 'none' = 'none'

  constructor(readonly file: string) {
    this.db = new Database(file, sqliteOptions())
    try {
      this.db.pragma('journal_mode = DELETE')
      this.holdShared(OPEN_WAIT_MS)
    } catch (error) {
      this.db.close()
      if (isBusy(error)) {
        throw userError('BUSY', 'db.restore-running', 'another program is restoring this database; try again')
      }
      throw error
    }
  }

  /** No other process (or other store in this one) has the data folder open. */
  isAlone(): boolean {
    if (this.mode === 'exclusive') return true
    if (!this.tryExclusive()) return false
    this.backToShared()
    return true
  }

  /**
   * Runs `work` holding the lock exclusively (across its awaits), then goes back to shared.
   * Returns `{ ran: false }` without running anything when someone else holds it: the caller refuses.
   */
  async withExclusive<T>(work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    if (this.mode === 'exclusive') return { ran: true, value: await work() }
    if (!this.tryExclusive()) return { ran: false }
    try {
      return { ran: true, value: await work() }
    } finally {
      this.backToShared()
    }
  }

  /** Trades the shared lock for the exclusive one, without waiting; on failure keeps shared. */
  private tryExclusive(): boolean {
    this.release()
    try {
      this.db.pragma('busy_timeout = 0')
      this.db.prepare('BEGIN EXCLUSIVE').run()
      this.mode = 'exclusive'
      return true
    } catch (error) {
      this.holdShared(OPEN_WAIT_MS)
      if (isBusy(error)) return false
      throw error
    }
  }

  private backToShared(): void {
    this.release()
    this.holdShared(OPEN_WAIT_MS)
  }

  close(): void {
    this.release()
    this.db.close()
  }

  private holdShared(waitMs: number): void {
    this.db.pragma(`busy_timeout = ${waitMs}`)
    this.db.prepare('BEGIN').run()
    try {
      // A deferred transaction takes its shared lock at the first read.
      this.db.prepare('SELECT count(*) FROM sqlite_master').get()
    } catch (error) {
      this.db.prepare('ROLLBACK').run()
      throw error
    }
    this.mode = 'shared'
  }

  private release(): void {
    if (this.mode !== 'none' && this.db.inTransaction) this.db.prepare('ROLLBACK').run()
    this.mode = 'none'
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
}
