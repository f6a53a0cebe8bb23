import type { Migration } from './types'

/**
 * An autosave of a long note writes only what changed. Migration 5 made `note_fts` an
 * external-content table over `note_chunk`, so every replaced chunk was tokenized twice: once to
 * insert the new text and once more to delete the old (FTS5 needs the old values to find its
 * entries). A contentless-delete table forgets a row by its id alone, and search never reads text
 * back from the index, so the save now inserts a chunk's text into the index itself. And the
 * note's whole plain text no longer sits beside its HTML in `note_body` (rewritten in full on
 * every save, as large again as the HTML for Chinese): the chunks hold it, where the short-query
 * scan reads it, and snippets derive it from the HTML of the page of hits.
 */
export const migration007NoteFtsContentless: Migration = {
  version: 7,
  name: 'note-fts-contentless',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE note_fts_next USING fts5(
        title, body, content = '', contentless_delete = 1, tokenize = 'trigram'
      );
      INSERT INTO note_fts_next (note_fts_next, rank) VALUES ('automerge', 0);
      -- FTS5 still merges inside a write once a level holds 16 segments (a 30–45 ms commit seen in
      -- an autosave); at 64 that point is rarely reached before idle maintenance merges.
      INSERT INTO note_fts_next (note_fts_next, rank) VALUES ('crisismerge', 64);
      INSERT INTO note_fts_next (rowid, title, body) SELECT id, title, body FROM note_chunk;
      INSERT INTO note_fts_next (note_fts_next) VALUES ('optimize');

      DROP TRIGGER note_chunk_indexed;
      DROP TRIGGER note_chunk_unindexed;
      DROP TRIGGER note_chunk_immutable;
      DROP TABLE note_fts;
      ALTER TABLE note_fts_next RENAME TO note_fts;

      CREATE TABLE note_chunk_next (
        id      INTEGER PRIMARY KEY CHECK (id >> 20 = note_id),
        note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
        digest  TEXT NOT NULL,
        body    TEXT NOT NULL DEFAULT ''
      ) STRICT;
      -- A title chunk's digest is marked, so a save knows when the title changed.
      INSERT INTO note_chunk_next (id, note_id, digest, body)
        SELECT id, note_id, CASE WHEN title <> '' THEN 't:' || digest ELSE digest END, body FROM note_chunk;

      -- Titles alone, one row per note (rowid = note id): "which titles have these terms" for a
      -- common word reads this small index instead of the whole one's long lists.
      CREATE VIRTUAL TABLE note_title_fts USING fts5(
        title, content = '', contentless_delete = 1, tokenize = 'trigram'
      );
      INSERT INTO note_title_fts (rowid, title) SELECT note_id, title FROM note_chunk WHERE title <> '';
      CREATE TRIGGER note_title_unindexed AFTER DELETE ON note BEGIN
        DELETE FROM note_title_fts WHERE rowid = old.id;
      END;
      DROP TABLE note_chunk;
      ALTER TABLE note_chunk_next RENAME TO note_chunk;
      CREATE INDEX note_chunk_note ON note_chunk (note_id);
      ALTER TABLE note_body DROP COLUMN text;

      -- The writer inserts a chunk's text into the index; a chunk row's removal (a replaced chunk,
      -- or a note deleted with its chunks) removes it there too.
      CREATE TRIGGER note_chunk_unindexed AFTER DELETE ON note_chunk BEGIN
        DELETE FROM note_fts WHERE rowid = old.id;
      END;
      CREATE TRIGGER note_chunk_immutable BEFORE UPDATE ON note_chunk BEGIN
        SELECT RAISE(ABORT, 'note_chunk rows are replaced, never updated');
      END;
    `)
  },
}
