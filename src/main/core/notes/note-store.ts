import type { NoteScope, NoteSort, NoteSummary } from '../../../shared/contract'
import { AppError, userError } from '../../../shared/errors'
import type { DataStore } from '../db/data-store'
import { NOTEBOOK_SUBTREE, snippetOf, SUMMARY_COLUMNS, toSummary, type NoteSummaryRow } from './note-rows'

export interface StoredNote extends NoteSummary {
  /** As stored: images as `paperdesk-asset://blob/<sha256>`. */
  html: string
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' })

/** Notes' rows: reading, listing, pinning, filing and tagging. Saving text is `NoteWriter`'s job. */
export class NoteStore {
  constructor(
    private readonly store: DataStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get db() {
    return this.store.db
  }

  summary(id: number): NoteSummary {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM note n WHERE n.id = ?`).get(id) as
      NoteSummaryRow | undefined
    if (!row) throw noSuchNote(id)
    return toSummary(row)
  }

  get(id: number): StoredNote {
    const extra = this.db.prepare('SELECT html FROM note_body WHERE note_id = ?').get(id) as
      { html: string } | undefined
    if (!extra) throw noSuchNote(id)
    return { ...this.summary(id), ...extra }
  }

  /** Which of `ids` exist, in the order given; unknown ids are an error. */
  existing(ids: readonly number[]): number[] {
    const found = this.db.prepare('SELECT id FROM note WHERE id = ?').pluck()
    for (const id of ids) if (found.get(id) === undefined) throw noSuchNote(id)
    return [...ids]
  }

  list(scope: NoteScope, sort: NoteSort, limit: number): { notes: NoteSummary[]; total: number } {
    const { where, params, prefix } = scopeFilter(scope)
    const order =
      scope.kind === 'trash'
        ? 'n.trashed_at DESC'
        : sort === 'created'
          ? 'n.pinned DESC, n.created_at DESC, n.id DESC'
          : 'n.pinned DESC, n.updated_at DESC, n.id DESC'
    const total = this.db
      .prepare(`${prefix} SELECT count(*) FROM note n WHERE ${where}`)
      .pluck()
      .get(...params)
    // Titles sort with a collator (pinyin order for Chinese), so that order is made here.
    const limitSql = sort === 'title' && scope.kind !== 'trash' ? '' : ` LIMIT ${limit}`
    const rows = this.db
      .prepare(`${prefix} SELECT ${SUMMARY_COLUMNS} FROM note n WHERE ${where} ORDER BY ${order}${limitSql}`)
      .all(...params) as NoteSummaryRow[]
    let notes = rows.map(toSummary)
    if (limitSql === '') {
      notes = notes
        .sort((a, b) => Number(b.pinned) - Number(a.pinned) || collator.compare(a.title, b.title))
        .slice(0, limit)
    }
    return { notes, total: total as number }
  }

  create(input: {
    notebookId: number | null
    title: string
    html: string
    text: string
    digest: string
  }): number {
    if (input.notebookId !== null) this.requireNotebook(input.notebookId)
    const at = this.now().toISOString()
    const result = this.db
      .prepare(
        `INSERT INTO note (notebook_id, title, snippet, digest, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(input.notebookId, input.title, snippetOf(input.text), input.digest, at, at)
    const id = Number(result.lastInsertRowid)
    this.db.prepare('INSERT INTO note_body (note_id, html) VALUES (?, ?)').run(id, input.html)
    return id
  }

  setPinned(id: number, pinned: boolean): NoteSummary {
    this.changeOne('UPDATE note SET pinned = ? WHERE id = ?', pinned ? 1 : 0, id)
    return this.summary(id)
  }

  move(id: number, notebookId: number | null): NoteSummary {
    if (notebookId !== null) this.requireNotebook(notebookId)
    this.changeOne('UPDATE note SET notebook_id = ? WHERE id = ?', notebookId, id)
    return this.summary(id)
  }

  /** Replaces the note's tags (made on first use; tags no note uses any more are removed). */
  setTags(id: number, names: readonly string[]): NoteSummary {
    const unique = [...new Map(names.map((n) => [n.trim().toLowerCase(), n.trim()])).values()]
    const db = this.db
    db.transaction(() => {
      this.summary(id)
      db.prepare('DELETE FROM note_tag WHERE note_id = ?').run(id)
      const upsert = db.prepare('INSERT INTO tag (name) VALUES (?) ON CONFLICT(name) DO NOTHING')
      const link = db.prepare(
        'INSERT OR IGNORE INTO note_tag (note_id, tag_id) SELECT ?, id FROM tag WHERE name = ?',
      )
      for (const name of unique) {
        upsert.run(name)
        link.run(id, name)
      }
      db.prepare('DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM note_tag)').run()
    })()
    return this.summary(id)
  }

  /** Moves notes to the trash (or back); returns how many changed. */
  setTrashed(ids: readonly number[], trashed: boolean): number {
    const at = trashed ? this.now().toISOString() : null
    const update = this.db.prepare(
      trashed
        ? 'UPDATE note SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL'
        : 'UPDATE note SET trashed_at = ? WHERE id = ? AND trashed_at IS NOT NULL',
    )
    return this.db.transaction(() => {
      this.existing(ids)
      return ids.reduce((n, id) => n + update.run(at, id).changes, 0)
    })()
  }

  private changeOne(sql: string, ...params: unknown[]): void {
    const id = params.at(-1) as number
    if (this.db.prepare(sql).run(...params).changes === 0) throw noSuchNote(id)
  }

  private requireNotebook(id: number): void {
    if (this.db.prepare('SELECT 1 FROM notebook WHERE id = ?').get(id) === undefined)
      throw userError('NOT_FOUND', 'notes.no-notebook', `no notebook ${id}`, { id })
  }
}

export function noSuchNote(id: number): AppError {
  return userError('NOT_FOUND', 'notes.no-note', `no note ${id}`, { id })
}

function scopeFilter(scope: NoteScope): { where: string; params: unknown[]; prefix: string } {
  switch (scope.kind) {
    case 'all':
      return { where: 'n.trashed_at IS NULL', params: [], prefix: '' }
    case 'unfiled':
      return { where: 'n.trashed_at IS NULL AND n.notebook_id IS NULL', params: [], prefix: '' }
    case 'trash':
      return { where: 'n.trashed_at IS NOT NULL', params: [], prefix: '' }
    case 'notebook':
      return {
        where: 'n.trashed_at IS NULL AND n.notebook_id IN (SELECT id FROM subtree)',
        params: [scope.id],
        prefix: NOTEBOOK_SUBTREE,
      }
    case 'tag':
      return {
        where: 'n.trashed_at IS NULL AND n.id IN (SELECT note_id FROM note_tag WHERE tag_id = ?)',
        params: [scope.id],
        prefix: '',
      }
    default:
      throw new AppError('VALIDATION', 'unknown scope')
  }
}
