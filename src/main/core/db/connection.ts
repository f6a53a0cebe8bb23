import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { migrate } from './migrate'

export type Connection = Database.Database

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string
  readonly?: boolean
  migrate?: boolean
}

/** Where `npm start` puts the Electron-ABI build of better-sqlite3; unset everywhere else. */
export function nativeBindingFromEnv(): string | undefined {
  return process.env['PAPERDESK_SQLITE_BINDING'] || undefined
}

/**
 * Opens a database with the pragmas every Paperdesk connection uses: WAL so readers never block
 * the writer, synchronous=FULL so a committed write survives power loss, foreign keys enforced.
 */
export function openConnection(file: string, options: OpenOptions = {}): Connection {
  if (!options.readonly) mkdirSync(dirname(file), { recursive: true })
  const nativeBinding = options.nativeBinding ?? nativeBindingFromEnv()
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(nativeBinding ? { nativeBinding } : {}),
  })
  try {
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
