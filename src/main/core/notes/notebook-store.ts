import type { Notebook, NotesOverview, Tag } from '../../../shared/contract'
import { userError } from '../../../shared/errors'
import type { DataStore } from '../db/data-store'
import { NOTEBOOK_SUBTREE } from './note-rows'

interface NotebookRow {
  id: number
  parentId: number | null
  name: string
  noteCount: number
}

const NOTEBOOK_COLUMNS = `nb.id, nb.parent_id AS parentId, nb.name,
  (SELECT count(*) FROM note n WHERE n.notebook_id = nb.id AND n.trashed_at IS NULL) AS noteCount`

/** Notebooks (nestable) and tags: the left pane of the Notes page. */
export class NotebookStore {
  constructor(
    private readonly store: DataStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get db() {
    return this.store.db
  }

  overview(): NotesOverview {
    const notebooks = this.db
      .prepare(`SELECT ${NOTEBOOK_COLUMNS} FROM notebook nb ORDER BY nb.name COLLATE NOCASE, nb.id`)
      .all() as NotebookRow[]
    const tags = this.db
      .prepare(
        `SELECT t.id, t.name, (SELECT count(*) FROM note_tag nt JOIN note n ON n.id = nt.note_id
           WHERE nt.tag_id = t.id AND n.trashed_at IS NULL) AS noteCount
         FROM tag t ORDER BY t.name COLLATE NOCASE`,
      )
      .all() as Tag[]
    const counts = this.db
      .prepare(
        `SELECT count(*) FILTER (WHERE trashed_at IS NULL) AS "all",
           count(*) FILTER (WHERE trashed_at IS NULL AND notebook_id IS NULL) AS unfiled,
           count(*) FILTER (WHERE trashed_at IS NOT NULL) AS trash
         FROM note`,
      )
      .get() as NotesOverview['counts']
    const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' })
    notebooks.sort((a, b) => collator.compare(a.name, b.name))
    tags.sort((a, b) => collator.compare(a.name, b.name))
    return { notebooks, tags, counts }
  }

  get(id: number): Notebook {
    const row = this.db.prepare(`SELECT ${NOTEBOOK_COLUMNS} FROM notebook nb WHERE nb.id = ?`).get(id) as
      NotebookRow | undefined
    if (!row) throw userError('NOT_FOUND', 'notes.no-notebook', `no notebook ${id}`, { id })
    return row
  }

  /** The notebook called `name` at the top level, made if there is none (CLI `--notebook`). */
  ensure(name: string): Notebook {
    const id = this.db
      .prepare('SELECT id FROM notebook WHERE parent_id IS NULL AND name = ? COLLATE NOCASE')
      .pluck()
      .get(name.trim()) as number | undefined
    return id === undefined ? this.create(name, null) : this.get(id)
  }

  create(name: string, parentId: number | null): Notebook {
    if (parentId !== null) this.get(parentId)
    this.assertFreeName(name, parentId, null)
    const result = this.db
      .prepare('INSERT INTO notebook (parent_id, name, created_at) VALUES (?, ?, ?)')
      .run(parentId, name.trim(), this.now().toISOString())
    return this.get(Number(result.lastInsertRowid))
  }

  rename(id: number, name: string): Notebook {
    const current = this.get(id)
    this.assertFreeName(name, current.parentId, id)
    this.db.prepare('UPDATE notebook SET name = ? WHERE id = ?').run(name.trim(), id)
    return this.get(id)
  }

  move(id: number, parentId: number | null): Notebook {
    const current = this.get(id)
    if (parentId !== null) {
      this.get(parentId)
      if (this.subtree(id).includes(parentId))
        throw userError('VALIDATION', 'notes.notebook-cycle', 'a notebook cannot go inside itself')
    }
    this.assertFreeName(current.name, parentId, id)
    this.db.prepare('UPDATE notebook SET parent_id = ? WHERE id = ?').run(parentId, id)
    return this.get(id)
  }

  /** Deletes the notebook and those inside it; their notes go to the trash first. */
  delete(id: number): number {
    this.get(id)
    const db = this.db
    return db.transaction(() => {
      const trashed = db
        .prepare(
          `${NOTEBOOK_SUBTREE} UPDATE note SET trashed_at = ?
           WHERE trashed_at IS NULL AND notebook_id IN (SELECT id FROM subtree)`,
        )
        .run(id, this.now().toISOString()).changes
      db.prepare('DELETE FROM notebook WHERE id = ?').run(id)
      return trashed
    })()
  }

  subtree(id: number): number[] {
    return this.db.prepare(`${NOTEBOOK_SUBTREE} SELECT id FROM subtree`).pluck().all(id) as number[]
  }

  renameTag(id: number, name: string): Tag {
    const clash = this.db
      .prepare('SELECT id FROM tag WHERE name = ? COLLATE NOCASE AND id <> ?')
      .pluck()
      .get(name.trim(), id)
    if (clash !== undefined)
      throw userError('VALIDATION', 'notes.tag-exists', 'a tag with this name exists', { name: name.trim() })
    if (this.db.prepare('UPDATE tag SET name = ? WHERE id = ?').run(name.trim(), id).changes === 0)
      throw userError('NOT_FOUND', 'notes.no-tag', `no tag ${id}`, { id })
    return this.overview().tags.find((t) => t.id === id) as Tag
  }

  deleteTag(id: number): boolean {
    return this.db.prepare('DELETE FROM tag WHERE id = ?').run(id).changes > 0
  }

  private assertFreeName(name: string, parentId: number | null, self: number | null): void {
    const clash = this.db
      .prepare(
        'SELECT id FROM notebook WHERE ifnull(parent_id, 0) = ? AND name = ? COLLATE NOCASE AND id IS NOT ?',
      )
      .pluck()
      .get(parentId ?? 0, name.trim(), self)
    if (clash !== undefined) {
      throw userError('VALIDATION', 'notes.notebook-exists', 'a notebook with this name is already there', {
        name: name.trim(),
      })
    }
  }
}
