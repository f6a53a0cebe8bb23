import type { SearchHit, SearchResult } from '../../../../shared/contract'
import type { DataStore } from '../../db/data-store'
import { plainTextOf } from '../html/inspect-note-html'
import { rankedByRelevance, rankedByTitleThenDate } from './ranked-search'
import { recentWithTerms } from './recent-search'
import { noteFilter } from './search-filter'
import { ftsPhrase, searchTerms } from './search-terms'
import { highlight, snippetHtml } from './snippet'

export interface SearchOptions {
  query: string
  notebookId: number | null
  tagId: number | null
  limit: number
}

interface HitRow {
  id: number
  title: string
  html: string
  notebook_id: number | null
  updated_at: string
}

/** Above this many notes for a term, hits are ordered by title match and recency, not bm25. */
export const BM25_MAX_NOTES = 500

/**
 * Full-text search over notes not in the trash. Terms of three or more characters go through the
 * FTS5 trigram index (substrings match, so Chinese needs no word segmentation): ranked by bm25
 * when each term is in few notes, by title match then recency when a term is common. Shorter
 * terms, which trigrams cannot look up, are matched with LIKE. Every term must match. Titles and
 * snippets come back escaped, with only our `<mark>` added.
 */
export function searchNotes(store: DataStore, options: SearchOptions): SearchResult {
  const terms = searchTerms(options.query)
  if (terms.all.length === 0) return { hits: [], mode: 'empty' }
  const db = store.db
  const indexed = terms.indexed.length > 0
  const mode = !indexed ? 'like' : terms.short.length > 0 ? 'mixed' : 'fts'
  // The notes each term is in (a chunk's id carries its note's); none in common, no hits.
  const notesWith = db.prepare('SELECT DISTINCT rowid >> 20 FROM note_fts WHERE note_fts MATCH ?').pluck()
  const sets = terms.indexed.map((term) => notesWith.all(ftsPhrase(term)) as number[])
  const candidates = intersect(sets)
  if (candidates.length === 0 && indexed) return { hits: [], mode }
  const filter = noteFilter({ notebookId: options.notebookId, tagId: options.tagId, short: terms.short })
  const ids = !indexed
    ? rankedByTitleThenDate(db, terms.short, filter, options.limit)
    : sets.every((s) => s.length <= BM25_MAX_NOTES)
      ? rankedByRelevance(db, terms.indexed, filter, options.limit)
      : recentWithTerms(db, terms.indexed, candidates, filter, options.limit)
  // Texts are read for the page of hits alone, in one query.
  const rows = db
    .prepare(
      `SELECT n.id, n.title, b.html, n.notebook_id, n.updated_at FROM json_each(?) AS page
       JOIN note n ON n.id = page.value JOIN note_body b ON b.note_id = n.id`,
    )
    .all(JSON.stringify(ids)) as HitRow[]
  const byId = new Map(rows.map((row) => [row.id, row]))
  const hits: SearchHit[] = ids.map((id) => {
    const row = byId.get(id) as HitRow
    return {
      id: row.id,
      title: row.title,
      titleHtml: highlight(row.title, terms.all),
      snippetHtml: snippetHtml(plainTextOf(row.html), terms.all),
      notebookId: row.notebook_id,
      updatedAt: row.updated_at,
    }
  })
  return { hits, mode }
}

/** The ids in every set (smallest set first); empty when there are no sets. */
function intersect(sets: readonly number[][]): number[] {
  if (sets.length === 0) return []
  const [first, ...rest] = [...sets].sort((a, b) => a.length - b.length)
  const others = rest.map((s) => new Set(s))
  return (first as number[]).filter((id) => others.every((s) => s.has(id)))
}
