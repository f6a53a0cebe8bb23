import Database from 'better-sqlite3'
import { AppError, userError } from '../../../shared/errors'
import { openConnection, sqliteOptions } from './connection'

/** How long a restore waits for another program's write transaction on the live file to end. */
export const OTHER_WRITER_WAIT_MS = 5_000

/** Copies every page in one step once the lock is held: the restore commits in one transaction. */
const ALL_PAGES = 0x7fffffff

/**
 * Writes the database in `source` into the live database file `live` through SQLite's backup API.
 * The backup takes SQLite's write lock on the live file like any other writer, so a program that
 * is not Paperdesk but has the file open (a SQLite browser, a sync client, a script) waits or gets
 * SQLITE_BUSY while it runs, and afterwards reads and writes the restored database: nothing it
 * commits goes into a file swapped away. All pages are committed together, or none (a kill or an
 * error rolls the live file back to what it was).
 *
 * `whileLocked` runs once the lock is held and before anything is committed: a copy of the live
 * database made there (from a reader's snapshot; the write lock keeps every other commit out)
 * holds every write that any process committed before the restore. Its result is returned; if
 * the restore then fails, `undo` gets it back so the caller can remove that copy.
 */
export async function restoreIntoLive<T>(
  source: string,
  live: string,
  whileLocked: () => T,
  undo: (made: T) => void,
  waitMs = OTHER_WRITER_WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + waitMs
  for (;;) {
    const from = new Database(source, sqliteOptions({ readonly: true, fileMustExist: true }))
    const locked: { made?: { value: T } } = {}
    try {
      await from.backup(live, {
        progress: () => {
          // The first step locked the live file and copied nothing yet.
          locked.made ??= { value: whileLocked() }
          return ALL_PAGES
        },
      })
      // better-sqlite3 reports a first step that found the file locked as a finished backup of
      // nothing (no page counted yet); only a backup that got past the lock ran whileLocked.
      if (locked.made) return locked.made.value
    } catch (error) {
      if (locked.made) undo(locked.made.value)
      if (error instanceof AppError) throw error
      throw userError(
        'IO',
        'db.replace-failed',
        'the database file could not be replaced (another program may hold it); nothing was changed',
      )
    } finally {
      from.close()
    }
    if (Date.now() >= deadline) {
      throw userError(
        'BUSY',
        'db.other-writer',
        'another program is writing to the database; try again when it has finished',
      )
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/**
 * SQLite copies pages verbatim, and into a WAL-mode file only between equal page sizes: a backup
 * made with another page size is rewritten with the live one first (a VACUUM of the staging copy).
 */
export function matchPageSize(file: string, pageSize: number): void {
  const db = openConnection(file, { migrate: false })
  try {
    if (db.pragma('page_size', { simple: true }) === pageSize) return
    db.pragma('journal_mode = DELETE')
    db.pragma(`page_size = ${pageSize}`)
    db.exec('VACUUM')
  } finally {
    db.close()
  }
}
