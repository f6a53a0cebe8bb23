import { createHash } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { SaveNoteResult } from '../../../shared/contract'
import { userError } from '../../../shared/errors'
import type { DataStore } from '../db/data-store'
import { cachedStatement } from '../db/statement-cache'
import { snippetOf } from './note-rows'
import { noSuchNote } from './note-store'
import {
  AUTO_REVISION_INTERVAL_MS,
  needsAutoRevision,
  retentionCutoff,
  type NoteContent,
} from './revision-policy'
import { RevisionStore } from './revision-store'
import { CHUNK_ID_SPAN } from './search/chunk-ids'
import { isTitleDigest, noteChunks } from './search/note-chunks'

/** A note's text ready to store: cleaned HTML, its plain text and the blobs it shows. */
export interface CleanContent extends NoteContent {
  text: string
  assets: readonly string[]
}

/** The biggest note Paperdesk stores (its HTML; images live apart as assets). */
export const MAX_NOTE_HTML_CHARS = 5 * 1024 * 1024

/**
 * Writes a note's text: the row, its search chunks (only those that changed), the blobs it links
 * and the revision policy, all in one transaction, so a save is whole or not at all.
 */
export class NoteWriter {
  private readonly revisions: RevisionStore

  constructor(
    private readonly store: DataStore,
    private readonly retentionDays: () => number,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.revisions = new RevisionStore(store, now)
  }

  private get db(): Database {
    return this.store.db
  }

  /** Stores `next` as the note's text unless nothing changed; may first keep the old text as a revision. */
  save(id: number, next: CleanContent): SaveNoteResult {
    assertSize(next.html)
    const db = this.db
    const run = (): SaveNoteResult => {
      const row = cachedStatement(db, 'SELECT digest, updated_at, trashed_at FROM note WHERE id = ?').get(
        id,
      ) as { digest: string; updated_at: string; trashed_at: string | null } | undefined
      if (!row) throw noSuchNote(id)
      const digest = contentDigest(next)
      if (row.digest === digest) return { saved: false, updatedAt: row.updated_at, revisionId: null }
      if (row.trashed_at !== null)
        throw userError('VALIDATION', 'notes.note-in-trash', 'the note is in the trash; restore it first')
      const now = this.now()
      let revisionId: number | null = null
      const newest = this.revisions.newestAt(id)
      // The old text is read back only when the policy may keep it (once per ten minutes at most).
      if (newest === null || now.getTime() - Date.parse(newest) >= AUTO_REVISION_INTERVAL_MS) {
        const previous = db
          .prepare('SELECT n.title, b.html FROM note n JOIN note_body b ON b.note_id = n.id WHERE n.id = ?')
          .get(id) as NoteContent
        if (needsAutoRevision(previous, next, newest, now)) {
          revisionId = this.revisions.insert(id, previous, 'auto')
          this.pruneRevisions(id, now)
        }
      }
      this.write(id, next, now.toISOString(), digest)
      return { saved: true, updatedAt: now.toISOString(), revisionId }
    }
    // Inside the caller's transaction already (autosave's), a savepoint would add nothing.
    return db.inTransaction ? run() : db.transaction(run)()
  }

  /** Replaces the text without the change check or policy (restore, import); the caller holds the transaction. */
  write(id: number, next: CleanContent, updatedAt: string, digest = contentDigest(next)): void {
    assertSize(next.html)
    cachedStatement(
      this.db,
      'UPDATE note SET title = ?, snippet = ?, digest = ?, updated_at = ? WHERE id = ?',
    ).run(next.title, snippetOf(next.text), digest, updatedAt, id)
    cachedStatement(this.db, 'UPDATE note_body SET html = ? WHERE note_id = ?').run(next.html, id)
    this.syncChunks(id, next.title, next.text)
    this.linkAssets(id, next.assets)
  }

  /** The search index rows of a note: keeps unchanged chunks, replaces the others. */
  syncChunks(id: number, title: string, text: string): void {
    const db = this.db
    const kept = new Map<string, number[]>()
    // Chunks of text read from the note's images are the image indexer's (search/image-chunks.ts).
    const rows = cachedStatement(
      db,
      "SELECT id, digest FROM note_chunk WHERE note_id = ? AND digest NOT GLOB 'i:*'",
    ).all(id) as Array<{
      id: number
      digest: string
    }>
    for (const row of rows) kept.set(row.digest, [...(kept.get(row.digest) ?? []), row.id])
    const fresh = noteChunks(title, text).filter((chunk) => {
      const same = kept.get(chunk.digest)
      return !(same && same.length > 0 && same.pop() !== undefined)
    })
    const drop = cachedStatement(db, 'DELETE FROM note_chunk WHERE id = ?')
    let titleChanged = fresh.some((chunk) => isTitleDigest(chunk.digest))
    for (const [digest, ids] of kept) {
      for (const chunkId of ids) drop.run(chunkId)
      if (ids.length > 0 && isTitleDigest(digest)) titleChanged = true
    }
    if (titleChanged) this.indexTitle(id, title)
    // Chunk ids are note_id * 2^20 + n; when n would run out, the note's chunks are renumbered.
    const base = id * CHUNK_ID_SPAN
    let next = Math.max(
      base,
      ((
        cachedStatement(db, 'SELECT max(id) AS id FROM note_chunk WHERE note_id = ?').get(id) as {
          id: number | null
        }
      ).id ?? base - 1) + 1,
    )
    if (next + fresh.length >= base + CHUNK_ID_SPAN) {
      db.prepare('DELETE FROM note_chunk WHERE note_id = ?').run(id)
      next = base
      fresh.splice(0, fresh.length, ...noteChunks(title, text))
    }
    const insert = cachedStatement(
      db,
      'INSERT INTO note_chunk (id, note_id, digest, body) VALUES (?, ?, ?, ?)',
    )
    const index = cachedStatement(db, 'INSERT INTO note_fts (rowid, title, body) VALUES (?, ?, ?)')
    for (const chunk of fresh) {
      insert.run(next, id, chunk.digest, chunk.body)
      index.run(next++, chunk.title, chunk.body)
    }
  }

  /** The titles-only index that finds notes whose title has the terms (see migration 007). */
  private indexTitle(id: number, title: string): void {
    cachedStatement(this.db, 'DELETE FROM note_title_fts WHERE rowid = ?').run(id)
    if (title.trim())
      cachedStatement(this.db, 'INSERT INTO note_title_fts (rowid, title) VALUES (?, ?)').run(id, title)
  }

  /** Records that the note shows these blobs (keys with no stored blob are ignored). */
  linkAssets(id: number, assets: readonly string[]): void {
    const link = cachedStatement(
      this.db,
      'INSERT OR IGNORE INTO note_asset (note_id, sha256) SELECT ?, sha256 FROM asset WHERE sha256 = ?',
    )
    for (const sha of assets) link.run(id, sha)
  }

  pruneRevisions(id: number, now: Date = this.now()): void {
    const cutoff = retentionCutoff(now, this.retentionDays())
    if (cutoff !== null) this.revisions.prune(id, cutoff)
  }
}

function assertSize(html: string): void {
  if (html.length > MAX_NOTE_HTML_CHARS) {
    throw userError('VALIDATION', 'notes.note-too-large', 'the note is larger than 5 MB', { limitMb: 5 })
  }
}

/** Identifies a note's title and HTML, for change detection without reading the old text back. */
export function contentDigest(content: NoteContent): string {
  return createHash('sha1').update(content.title).update('\u0000').update(content.html).digest('base64url')
}
