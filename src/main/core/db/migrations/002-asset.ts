import type { Migration } from './types'

/**
 * Content-addressed blobs shared by the tools: images pasted into notes, files attached to a
 * filing. The key is the SHA-256 of the bytes, so the same image stored twice is one row.
 */
export const migration002Asset: Migration = {
  version: 2,
  name: 'asset',
  up(db) {
    db.exec(`
      CREATE TABLE asset (
        sha256     TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        mime       TEXT NOT NULL CHECK (length(mime) BETWEEN 3 AND 100),
        bytes      INTEGER NOT NULL CHECK (bytes = length(data)),
        data       BLOB NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      ) STRICT;
    `)
  },
}
