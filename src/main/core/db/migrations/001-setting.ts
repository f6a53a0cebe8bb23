import type { Migration } from './types'

/** 'PPDK': marks the file as a Paperdesk database, so restore can refuse any other SQLite file. */
export const PAPERDESK_APPLICATION_ID = 0x5050444b

export const migration001Setting: Migration = {
  version: 1,
  name: 'setting',
  up(db) {
    db.pragma(`application_id = ${PAPERDESK_APPLICATION_ID}`)
    db.exec(`
      CREATE TABLE setting (
        key        TEXT PRIMARY KEY NOT NULL,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
    `)
  },
}
