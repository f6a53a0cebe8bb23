import type { Database } from 'better-sqlite3'
import type { SaveNoteResult } from '../../../shared/contract'
import { userError } from '../../../shared/errors'
import type { DataStore } from '../db/data-store'
import { noSuchNote } from './note-store'
import { needsAutoRevision, retentionCutoff, type NoteContent } from './revision-policy'
import { RevisionStore } from './revision-store'
import { noteChunks } from './search/note-chunks'

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
    return db.transaction((): SaveNoteResult => {
      const previous = db
        .prepare('SELECT title, html, updated_at, trashed_at FROM note WHERE id = ?')
        .get(id) as (NoteContent & { updated_at: string; trashed_at: string | null }) | undefined
      if (!previous) throw noSuchNote(id)
      if (previous.title === next.title && previous.html === next.html)
        return { saved: false, updatedAt: previous.updated_at, revisionId: null }
      if (previous.trashed_at !== null)
        throw userError('VALIDATION', 'notes.note-in-trash', 'the note is in the trash; restore it first')
      const now = this.now()
      let revisionId: number | null = null
      if (needsAutoRevision(previous, next, this.revisions.newestAt(id), now)) {
        revisionId = this.revisions.insert(id, previous, 'auto')
        this.pruneRevisions(id, now)
      }
      this.write(id, next, now.toISOString())
      return { saved: true, updatedAt: now.toISOString(), revisionId }
    })()
  }

  /** Replaces the text without the change check or policy (restore, import); the caller holds the transaction. */
  write(id: number, next: CleanContent, updatedAt: string): void {
    assertSize(next.html)
    this.db
      .prepare('UPDATE note SET title = ?, html = ?, text = ?, updated_at = ? WHERE id = ?')
      .run(next.title, next.html, next.text, updatedAt, id)
    this.syncChunks(id, next.title, next.text)
    this.linkAssets(id, next.assets)
  }

  /** The search index rows of a note: keeps unchanged chunks, replaces the others. */
  syncChunks(id: number, title: string, text: string): void {
    const db = this.db
    const kept = new Map<string, number[]>()
    const rows = db.prepare('SELECT id, digest FROM note_chunk WHERE note_id = ?').all(id) as Array<{
      id: number
      digest: string
    }>
    for (const row of rows) kept.set(row.digest, [...(kept.get(row.digest) ?? []), row.id])
    const insert = db.prepare('INSERT INTO note_chunk (note_id, digest, title, body) VALUES (?, ?, ?, ?)')
    for (const chunk of noteChunks(title, text)) {
      const same = kept.get(chunk.digest)
      if (same && same.length > 0) same.pop()
      else insert.run(id, chunk.digest, chunk.title, chunk.body)
    }
    const drop = db.prepare('DELETE FROM note_chunk WHERE id = ?')
    for (const ids of kept.values()) for (const chunkId of ids) drop.run(chunkId)
  }

  /** Records that the note shows these blobs (keys with no stored blob are ignored). */
  linkAssets(id: number, assets: readonly string[]): void {
    const link = this.db.prepare(
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
