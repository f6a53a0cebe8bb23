import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { invalidBackup } from '../../../shared/errors'
import { sqliteOptions } from './connection'

const SQLITE_HEADER = 'SQLite format 3\0'

interface Header {
  pageSize: number
  /** Pages in the file per its header, or null when the header's count is not current. */
  pageCount: number | null
}

function readHeader(file: string): Header | null {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(100)
    if (readSync(fd, buf, 0, 100, 0) < 100) return null
    if (buf.toString('latin1', 0, 16) !== SQLITE_HEADER) return null
    const rawPageSize = buf.readUInt16BE(16)
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return null
    // The in-header size is valid only when "version-valid-for" equals the change counter.
    const current = buf.readUInt32BE(92) === buf.readUInt32BE(24)
    return { pageSize, pageCount: current ? buf.readUInt32BE(28) : null }
  } finally {
    closeSync(fd)
  }
}

/**
 * Copies the database in `source` to the new file `dest` through SQLite's backup API, so that
 * only the database's real pages are copied (a sparse 10 GB file holding 12 KB of data stays
 * 12 KB) and commits still in the source's `-wal` come along. Refuses what is not a regular
 * SQLite file before reading it: a FIFO or device would hang, a file bigger than the pages its
 * header declares is not one SQLite wrote.
 */
export async function copyDatabaseFile(source: string, dest: string): Promise<void> {
  let size: number
  try {
    const stat = statSync(source)
    if (!stat.isFile()) throw new Error('not a regular file')
    size = stat.size
  } catch {
    throw invalidBackup('unreadable', 'the file cannot be read (or is not a regular file)', { file: source })
  }
  let header: Header | null
  try {
    header = size >= 512 ? readHeader(source) : null
  } catch {
    throw invalidBackup('unreadable', 'the file cannot be read', { file: source })
  }
  if (!header) throw invalidBackup('not-sqlite', 'not an SQLite database')
  if (header.pageCount === null || size > header.pageCount * header.pageSize) {
    throw invalidBackup('oversized', 'the file is larger than the database its header describes')
  }

  // Reading a WAL-mode file makes SQLite create its -shm; don't leave one in the user's folder.
  const shm = `${source}-shm`
  const hadShm = existsSync(shm)
  let db: Database.Database
  try {
    db = new Database(source, sqliteOptions({ readonly: true, fileMustExist: true }))
    db.pragma('trusted_schema = OFF')
  } catch {
    throw invalidBackup('cannot-open', 'the database cannot be opened')
  }
  try {
    await db.backup(dest)
  } catch {
    throw invalidBackup('damaged', 'the database cannot be read')
  } finally {
    db.close()
    if (!hadShm) rmSync(shm, { force: true })
  }
}
