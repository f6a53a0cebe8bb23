import type { Database } from 'better-sqlite3'
import { cachedStatement } from '../../db/statement-cache'
import { CHUNK_ID_SPAN } from './chunk-ids'

/**
 * Text read from a note's images sits in the note's search chunks as well, one chunk per image,
 * its digest `i:<sha256>`; a save keeps these chunks (they are not the note's own text) and the
 * image indexer replaces them. Search finds them like any text and says the hit is in an image.
 */
export const IMAGE_DIGEST_PREFIX = 'i:'
export const isImageDigest = (digest: string) => digest.startsWith(IMAGE_DIGEST_PREFIX)

/** Replaces a note's image chunks with these texts (blob key → text); the caller holds the transaction. */
export function replaceImageChunks(db: Database, noteId: number, texts: ReadonlyMap<string, string>): void {
  cachedStatement(db, "DELETE FROM note_chunk WHERE note_id = ? AND digest GLOB 'i:*'").run(noteId)
  const base = noteId * CHUNK_ID_SPAN
  let next =
    ((cachedStatement(db, 'SELECT max(id) FROM note_chunk WHERE note_id = ?').pluck().get(noteId) as
      number | null) ?? base - 1) + 1
  const insert = cachedStatement(db, 'INSERT INTO note_chunk (id, note_id, digest, body) VALUES (?, ?, ?, ?)')
  const index = cachedStatement(db, "INSERT INTO note_fts (rowid, title, body) VALUES (?, '', ?)")
  for (const [sha256, text] of texts) {
    // A note with a million chunk ids used up gets its image text after its next renumbering save.
    if (text.trim() === '' || next >= base + CHUNK_ID_SPAN) continue
    insert.run(next, noteId, `${IMAGE_DIGEST_PREFIX}${sha256}`, text)
    index.run(next++, text)
  }
}
