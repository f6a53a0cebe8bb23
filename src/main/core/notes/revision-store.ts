import type { Revision, RevisionContent } from '../../../shared/contract'
import { userError } from '../../../shared/errors'
import { cachedStatement } from '../db/statement-cache'
import type { DataStore } from '../db/data-store'
import { assetKeysIn } from './asset-urls'
import type { NoteContent } from './revision-policy'

type Reason = Revision['reason']

const COLUMNS = `id, note_id AS noteId, title, reason, created_at AS createdAt,
  length(CAST(html AS BLOB)) AS bytes`

/** A note's revisions: earlier texts kept by the policy, by hand, or before a restore. */
export class RevisionStore {
  constructor(
    private readonly store: DataStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get db() {
    return this.store.db
  }

  list(noteId: number): Revision[] {
    return this.db
      .prepare(`SELECT ${COLUMNS} FROM note_revision WHERE note_id = ? ORDER BY created_at DESC, id DESC`)
      .all(noteId) as Revision[]
  }

  get(id: number): RevisionContent {
    const row = this.db.prepare(`SELECT ${COLUMNS}, html FROM note_revision WHERE id = ?`).get(id) as
      RevisionContent | undefined
    if (!row) throw userError('NOT_FOUND', 'notes.no-revision', `no revision ${id}`, { id })
    return row
  }

  newestAt(noteId: number): string | null {
    const row = cachedStatement(
      this.db,
      'SELECT max(created_at) AS at FROM note_revision WHERE note_id = ?',
    ).get(noteId) as { at: string | null }
    return row.at
  }

  /** The text of the note's newest revision, or null when it has none. */
  newestContent(noteId: number): NoteContent | null {
    const row = cachedStatement(
      this.db,
      'SELECT title, html FROM note_revision WHERE note_id = ? ORDER BY created_at DESC, id DESC LIMIT 1',
    ).get(noteId) as NoteContent | undefined
    return row ?? null
  }

  insert(noteId: number, content: NoteContent, reason: Reason): number {
    const result = this.db
      .prepare('INSERT INTO note_revision (note_id, title, html, reason, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(noteId, content.title, content.html, reason, this.now().toISOString())
    return Number(result.lastInsertRowid)
  }

  /** Removes the note's revisions older than `cutoff`; the blobs only they showed lose their link. */
  prune(noteId: number, cutoff: string): number {
    const removed = this.db
      .prepare('DELETE FROM note_revision WHERE note_id = ? AND created_at < ?')
      .run(noteId, cutoff).changes
    if (removed > 0) this.relinkAssets(noteId)
    return removed
  }

  /** Rebuilds a note's blob links from its text and the revisions it still has. */
  relinkAssets(noteId: number): void {
    const db = this.db
    const htmls = [
      db.prepare('SELECT html FROM note_body WHERE note_id = ?').pluck().get(noteId) as string,
      ...(db.prepare('SELECT html FROM note_revision WHERE note_id = ?').pluck().all(noteId) as string[]),
    ]
    const used = new Set(htmls.flatMap((html) => assetKeysIn(html ?? '')))
    const linked = db
      .prepare('SELECT sha256 FROM note_asset WHERE note_id = ?')
      .pluck()
      .all(noteId) as string[]
    const unlink = db.prepare('DELETE FROM note_asset WHERE note_id = ? AND sha256 = ?')
    for (const sha of linked) if (!used.has(sha)) unlink.run(noteId, sha)
  }
}
