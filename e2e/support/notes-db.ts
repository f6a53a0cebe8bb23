import Database from 'better-sqlite3'
import { databasePath } from './database'

export interface NoteRow {
  id: number
  title: string
  html: string
  text: string
  trashed_at: string | null
  updated_at: string
}

/** The notes as the data folder's database holds them, read from outside the app. */
export function noteRows(dataDir: string): NoteRow[] {
  const db = new Database(databasePath(dataDir), { readonly: true, fileMustExist: true })
  try {
    return db
      .prepare(
        'SELECT n.id, n.title, b.html, b.text, n.trashed_at, n.updated_at FROM note n JOIN note_body b ON b.note_id = n.id ORDER BY n.id',
      )
      .all() as NoteRow[]
  } finally {
    db.close()
  }
}

export function count(dataDir: string, table: string): number {
  const db = new Database(databasePath(dataDir), { readonly: true, fileMustExist: true })
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  } finally {
    db.close()
  }
}
