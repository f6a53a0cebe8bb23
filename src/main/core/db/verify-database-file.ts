import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { AppError, invalidBackup } from '../../../shared/errors'
import { openConnection } from './connection'
import { PAPERDESK_APPLICATION_ID } from './migrations/001-setting'
import { latestSchemaVersion } from './migrations'

const SQLITE_HEADER = 'SQLite format 3\0'

/**
 * Checks that `file` is an intact Paperdesk database this version can use, without changing it
 * in any way the caller would notice. Throws INVALID_BACKUP with a reason otherwise.
 * The file is opened read-write because a WAL-mode copy cannot be opened read-only without its
 * shared-memory file; callers pass a staging copy, never the user's original.
 */
export function verifyDatabaseFile(file: string): { schemaVersion: number } {
  let size: number
  try {
    const stat = statSync(file)
    if (!stat.isFile()) throw invalidBackup('unreadable', 'not a file')
    size = stat.size
  } catch (error) {
    if (error instanceof AppError) throw error
    throw invalidBackup('unreadable', 'the file cannot be read', { file })
  }
  if (size < 512 || readHeader(file) !== SQLITE_HEADER) {
    throw invalidBackup('not-sqlite', 'not an SQLite database')
  }

  let db
  try {
    db = openConnection(file, { migrate: false })
  } catch {
    throw invalidBackup('cannot-open', 'the database cannot be opened')
  }
  try {
    let integrity: string[]
    try {
      integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map(
        (r) => r.integrity_check,
      )
    } catch {
      throw invalidBackup('damaged', 'the database is damaged')
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw invalidBackup('damaged', 'the integrity check failed', { integrity: integrity.slice(0, 5) })
    }
    const appId = db.pragma('application_id', { simple: true }) as number
    if (appId !== PAPERDESK_APPLICATION_ID) {
      throw invalidBackup('not-paperdesk', 'it is an SQLite file, but not a Paperdesk database')
    }
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > latestSchemaVersion) {
      throw invalidBackup('newer-schema', `it was made by a newer Paperdesk (schema ${version})`, {
        schemaVersion: version,
        latestVersion: latestSchemaVersion,
      })
    }
    return { schemaVersion: version }
  } finally {
    db.close()
  }
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(16)
    readSync(fd, buf, 0, 16, 0)
    return buf.toString('latin1')
  } finally {
    closeSync(fd)
  }
}
