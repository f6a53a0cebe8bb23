import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from './migrate'

export type Connection = Database.Database

export interface OpenOptions {
  readonly?: boolean
  migrate?: boolean
}

let nativeBinding: string | undefined

/**
 * Where to load better-sqlite3's native module from, for a runtime whose ABI differs from the one
 * in node_modules (Electron started by `npm start`). Only main calls this, and only when the app is
 * not packaged: a packaged app never loads a native module named from outside.
 */
export function useSqliteBinding(path: string | undefined): void {
  nativeBinding = path || undefined
}

/** Options for every `new Database(…)` in the core: the configured native binding, if any. */
export function sqliteOptions(extra: Database.Options = {}): Database.Options {
  return nativeBinding ? { ...extra, nativeBinding } : extra
}

/**
 * Opens a database with the pragmas every Paperdesk connection uses: WAL so readers never block
 * the writer, synchronous=FULL so a committed write survives power loss, foreign keys enforced,
 * and trusted_schema off so a crafted file's views and triggers cannot call risky functions.
 */
export function openConnection(file: string, options: OpenOptions = {}): Connection {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true })
  const db = new Database(
    file,
    sqliteOptions({ readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false }),
  )
  try {
    db.pragma('trusted_schema = OFF')
    db.pragma('busy_timeout = 5000')
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = FULL')
    }
    db.pragma('foreign_keys = ON')
    if (options.migrate ?? !options.readonly) migrate(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
