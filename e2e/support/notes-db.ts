import Database from 'better-sqlite3'
import { plainTextOf } from '../../src/main/core/notes/html/inspect-note-html'
import { databasePath } from './database'

export interface NoteRow {
  id: number
  title: string
  html: string
  /** The plain text, derived from the HTML as the app derives it. */
  text: string
  trashed_at: string | null
  updated_at: string
}

/** The notes as the data folder's database holds them, read from outside the app. */
export function noteRows(dataDir: string): NoteRow[] {
  const db = new Database(databasePath(dataDir), { readonly: true, fileMustExist: true })
  try {
    const rows = db
      .prepare(
        'SELECT n.id, n.title, b.html, n.trashed_at, n.updated_at FROM note n JOIN note_body b ON b.note_id = n.id ORDER BY n.id',
      )
      .all() as Array<Omit<NoteRow, 'text'>>
    return rows.map((row) => ({ ...row, text: plainTextOf(row.html) }))
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

/** Moves a note to the trash (or back) behind the app's back, as the CLI on the same folder can. */
export function setTrashedBehindApp(dataDir: string, id: number, trashed: boolean): void {
  const db = new Database(databasePath(dataDir), { fileMustExist: true, timeout: 5_000 })
  try {
    db.prepare('UPDATE note SET trashed_at = ? WHERE id = ?').run(
      trashed ? new Date().toISOString() : null,
      id,
    )
  } finally {
    db.close()
  }
}
