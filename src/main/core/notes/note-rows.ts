import type { NoteSummary } from '../../../shared/contract'

/** A `note` row as the summary queries select it. */
export interface NoteSummaryRow {
  id: number
  title: string
  snippet: string
  notebook_id: number | null
  pinned: number
  created_at: string
  updated_at: string
  trashed_at: string | null
  tags: string | null
}

// Tag names are joined with the unit separator, which a trimmed tag name never contains.
const TAG_SEPARATOR = '\u001f'

/** Columns of a summary; `n` is the note table's alias. */
export const SUMMARY_COLUMNS = `n.id, n.title, n.snippet, n.notebook_id, n.pinned,
  n.created_at, n.updated_at, n.trashed_at,
  (SELECT group_concat(t.name, char(31)) FROM note_tag nt JOIN tag t ON t.id = nt.tag_id
    WHERE nt.note_id = n.id) AS tags`

export function toSummary(row: NoteSummaryRow): NoteSummary {
  return {
    id: row.id,
    title: row.title,
    snippet: row.snippet.replace(/\s*\n\s*/g, ' ').slice(0, 200),
    notebookId: row.notebook_id,
    tags: row.tags ? row.tags.split(TAG_SEPARATOR).sort((a, b) => a.localeCompare(b)) : [],
    pinned: row.pinned === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
  }
}

/** `WITH subtree(id)`: the notebook `?` and every notebook inside it. */
export const NOTEBOOK_SUBTREE = `WITH RECURSIVE subtree(id) AS (
  SELECT id FROM notebook WHERE id = ?
  UNION SELECT nb.id FROM notebook nb JOIN subtree s ON nb.parent_id = s.id)`

/** The list's snippet of a note: the start of its plain text. */
export function snippetOf(text: string): string {
  return text.slice(0, 240)
}
