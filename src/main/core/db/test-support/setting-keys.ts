import Database from 'better-sqlite3'

/** The keys of the setting table in a database file, read without touching it otherwise. */
export function settingKeysIn(file: string): Set<string> {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return new Set(db.prepare('SELECT key FROM setting').pluck().all() as string[])
  } finally {
    db.close()
  }
}
