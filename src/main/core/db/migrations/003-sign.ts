import type { Migration } from './types'

/**
 * The Sign tool: the signature library and the audit trail of signed outputs. A record keeps the
 * name and hash of each signature it used, so it still says what was signed after the signature
 * is deleted from the library (its id then becomes NULL).
 */
export const migration003Sign: Migration = {
  version: 3,
  name: 'sign',
  up(db) {
    db.exec(`
      CREATE TABLE signature (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80),
        kind           TEXT NOT NULL CHECK (kind IN ('drawn', 'paper', 'svg', 'png')),
        strokes        TEXT CHECK (strokes IS NULL OR json_valid(strokes)),
        svg            TEXT,
        ink_png        BLOB,
        preview_png    BLOB NOT NULL,
        preview_sha256 TEXT NOT NULL CHECK (length(preview_sha256) = 64),
        ink_sha256     TEXT NOT NULL CHECK (length(ink_sha256) = 64),
        aspect         REAL NOT NULL CHECK (aspect > 0),
        is_default     INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        CHECK ((svg IS NOT NULL) <> (ink_png IS NOT NULL)),
        CHECK (kind <> 'drawn' OR strokes IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX signature_single_default ON signature (is_default) WHERE is_default = 1;

      CREATE TABLE sign_record (
        id            INTEGER PRIMARY KEY,
        created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        input_name    TEXT NOT NULL,
        input_path    TEXT NOT NULL,
        input_sha256  TEXT NOT NULL CHECK (length(input_sha256) = 64),
        output_name   TEXT NOT NULL,
        output_path   TEXT NOT NULL,
        output_sha256 TEXT NOT NULL CHECK (length(output_sha256) = 64),
        output_format TEXT NOT NULL CHECK (output_format IN ('jpeg', 'png', 'pdf')),
        page_count    INTEGER NOT NULL CHECK (page_count > 0),
        origin        TEXT NOT NULL CHECK (origin IN ('app', 'batch', 'cli'))
      ) STRICT;
      CREATE INDEX sign_record_created ON sign_record (created_at);

      CREATE TABLE sign_placement (
        record_id        INTEGER NOT NULL REFERENCES sign_record (id) ON DELETE CASCADE,
        position         INTEGER NOT NULL CHECK (position >= 0),
        page             INTEGER NOT NULL CHECK (page >= 0),
        x                REAL NOT NULL,
        y                REAL NOT NULL,
        width            REAL NOT NULL CHECK (width > 0),
        height           REAL NOT NULL CHECK (height > 0),
        rotate           REAL NOT NULL,
        opacity          REAL NOT NULL CHECK (opacity > 0 AND opacity <= 1),
        signature_id     INTEGER REFERENCES signature (id) ON DELETE SET NULL,
        signature_name   TEXT NOT NULL,
        signature_sha256 TEXT NOT NULL CHECK (length(signature_sha256) = 64),
        stamp_text       TEXT,
        PRIMARY KEY (record_id, position)
      ) STRICT;
      CREATE INDEX sign_placement_signature ON sign_placement (signature_id);
    `)
  },
}
