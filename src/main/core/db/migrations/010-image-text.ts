import type { Migration } from './types'

/**
 * Text read from pictures (OCR), so search finds words inside the images of notes.
 *
 * `asset_text` holds what was read from one blob, once, whichever notes show it. It has no
 * foreign key to `asset`: the note deleter counts every such key as a use of the blob, which
 * would keep a read image forever; a trigger forgets the text with its blob instead. `engine`
 * names the reader, so a better one reads everything again.
 *
 * `note_image_text` says which version of a note (its digest) and which reader its image text
 * chunks were made for: a note whose digest moved on (a save) is looked at again, so indexing is
 * incremental and picks up where it stopped after a restart.
 */
export const migration010ImageText: Migration = {
  version: 10,
  name: 'image-text',
  up(db) {
    db.exec(`
      CREATE TABLE asset_text (
        sha256  TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        engine  TEXT NOT NULL,
        state   TEXT NOT NULL CHECK (state IN ('done', 'failed')),
        text    TEXT NOT NULL DEFAULT '',
        -- Why reading failed (an error code), so the same blob is not tried again and again.
        error   TEXT,
        read_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER asset_text_forgotten AFTER DELETE ON asset BEGIN
        DELETE FROM asset_text WHERE sha256 = old.sha256;
      END;

      CREATE TABLE note_image_text (
        note_id INTEGER PRIMARY KEY REFERENCES note(id) ON DELETE CASCADE,
        digest  TEXT NOT NULL,
        engine  TEXT NOT NULL
      ) STRICT;
    `)
  },
}
