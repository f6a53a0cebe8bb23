import type { Migration } from './types'

/**
 * The Notes tool: notebooks (nestable), tags, notes with their revisions, which shared assets a
 * note uses, and the full-text index.
 *
 * Search indexes `note_chunk`, not `note`: a note's title is one chunk and its text is cut into
 * chunks at paragraph ends, so an autosave of a long note re-indexes only the chunks that changed
 * (FTS5 must re-tokenize every value it deletes or inserts). Chunks are never updated in place,
 * only inserted and deleted, and triggers keep the external-content index in step. A chunk's id
 * is `note_id * 2^20 + n`, so search reads the note from the index row id alone.
 */
export const migration005Notes: Migration = {
  version: 5,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE notebook (
        id         INTEGER PRIMARY KEY,
        parent_id  INTEGER REFERENCES notebook(id) ON DELETE CASCADE,
        name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL,
        CHECK (parent_id IS NULL OR parent_id <> id)
      ) STRICT;
      CREATE UNIQUE INDEX notebook_sibling_name ON notebook (ifnull(parent_id, 0), name COLLATE NOCASE);

      -- A note's small columns; lists, counts and search filters read only these.
      CREATE TABLE note (
        id          INTEGER PRIMARY KEY,
        notebook_id INTEGER REFERENCES notebook(id) ON DELETE SET NULL,
        title       TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 500),
        -- The start of the plain text, for the list.
        snippet     TEXT NOT NULL DEFAULT '',
        pinned      INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        trashed_at  TEXT,
        -- Hash of title and HTML: a save compares it instead of reading the old text back.
        digest      TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX note_notebook ON note (notebook_id);
      CREATE INDEX note_updated ON note (updated_at);

      -- The text itself, apart: a 100 KB note never slows a scan of the list.
      CREATE TABLE note_body (
        note_id INTEGER PRIMARY KEY REFERENCES note(id) ON DELETE CASCADE,
        html    TEXT NOT NULL DEFAULT '',
        text    TEXT NOT NULL DEFAULT ''
      ) STRICT;

      CREATE TABLE tag (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 100)
      ) STRICT;

      CREATE TABLE note_tag (
        note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        tag_id  INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (note_id, tag_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX note_tag_tag ON note_tag (tag_id);

      CREATE TABLE note_revision (
        id         INTEGER PRIMARY KEY,
        note_id    INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        title      TEXT NOT NULL,
        html       TEXT NOT NULL,
        reason     TEXT NOT NULL CHECK (reason IN ('auto', 'manual', 'before-restore')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_revision_note ON note_revision (note_id, created_at);

      -- Which shared blobs a note (its text or any of its revisions) shows; empty-trash collects the rest.
      CREATE TABLE note_asset (
        note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        sha256  TEXT NOT NULL REFERENCES asset(sha256),
        PRIMARY KEY (note_id, sha256)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX note_asset_sha256 ON note_asset (sha256);

      CREATE TABLE note_chunk (
        id      INTEGER PRIMARY KEY CHECK (id >> 20 = note_id),
        note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        digest  TEXT NOT NULL,
        title   TEXT NOT NULL DEFAULT '',
        body    TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX note_chunk_note ON note_chunk (note_id);

      CREATE VIRTUAL TABLE note_fts USING fts5(
        title, body, content = 'note_chunk', content_rowid = 'id', tokenize = 'trigram'
      );
      -- Segments are merged in idle time (notes/search/index-maintenance.ts), never inside a save.
      INSERT INTO note_fts (note_fts, rank) VALUES ('automerge', 0);
      CREATE TRIGGER note_chunk_indexed AFTER INSERT ON note_chunk BEGIN
        INSERT INTO note_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
      END;
      CREATE TRIGGER note_chunk_unindexed AFTER DELETE ON note_chunk BEGIN
        INSERT INTO note_fts (note_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      END;
      CREATE TRIGGER note_chunk_immutable BEFORE UPDATE ON note_chunk BEGIN
        SELECT RAISE(ABORT, 'note_chunk rows are replaced, never updated');
      END;
    `)
  },
}
