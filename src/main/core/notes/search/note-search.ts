import type { SearchHit, SearchResult } from '../../../../shared/contract'
import type { DataStore } from '../../db/data-store'
import { NOTEBOOK_SUBTREE } from '../note-rows'
import { ftsPhrase, likePattern, searchTerms } from './search-terms'
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
  text: string
  notebook_id: number | null
  updated_at: string
}

/** The title counts ten times the text in the ranking. */
const TITLE_WEIGHT = 10

/**
 * Full-text search over notes not in the trash. Terms of three or more characters go through the
 * FTS5 trigram index (substrings match, so Chinese needs no word segmentation) and are ranked by
 * bm25 summed over terms; shorter terms, which trigrams cannot look up, are matched with LIKE.
 * Every term must match. Snippets and titles come back escaped with only our `<mark>` added.
 */
export function searchNotes(store: DataStore, options: SearchOptions): SearchResult {
  const terms = searchTerms(options.query)
  if (terms.all.length === 0) return { hits: [], mode: 'empty' }
  const params: unknown[] = []
  const ctes: string[] = []
  const joins: string[] = []
  terms.indexed.forEach((term, i) => {
    // bm25() only runs in the query that scans the index, so that part is materialised first.
    ctes.push(`f${i} AS MATERIALIZED (SELECT rowid AS chunk, bm25(note_fts, ${TITLE_WEIGHT}.0, 1.0) AS r
      FROM note_fts WHERE note_fts MATCH ?)`)
    ctes.push(`m${i} AS (SELECT c.note_id, min(f${i}.r) AS score
      FROM f${i} JOIN note_chunk c ON c.id = f${i}.chunk GROUP BY c.note_id)`)
    params.push(ftsPhrase(term))
    joins.push(`JOIN m${i} ON m${i}.note_id = n.id`)
  })
  const where = ['n.trashed_at IS NULL']
  const whereParams: unknown[] = []
  for (const term of terms.short) {
    where.push(`(n.title LIKE ? ESCAPE '\\' OR n.text LIKE ? ESCAPE '\\')`)
    whereParams.push(likePattern(term), likePattern(term))
  }
  if (options.notebookId !== null) {
    ctes.unshift(NOTEBOOK_SUBTREE.replace(/^WITH RECURSIVE /, ''))
    params.unshift(options.notebookId)
    where.push('n.notebook_id IN (SELECT id FROM subtree)')
  }
  if (options.tagId !== null) {
    where.push('n.id IN (SELECT note_id FROM note_tag WHERE tag_id = ?)')
    whereParams.push(options.tagId)
  }
  const indexed = terms.indexed.length > 0
  const score = indexed ? terms.indexed.map((_, i) => `m${i}.score`).join(' + ') : '0'
  // Without the index, titles that match come first, then the most recently edited.
  const titleFirst = terms.short.map(() => `(n.title LIKE ? ESCAPE '\\')`).join(' + ') || '0'
  const order = indexed ? 'score ASC, n.updated_at DESC' : `${titleFirst} DESC, n.updated_at DESC`
  const orderParams = indexed ? [] : terms.short.map(likePattern)
  const sql = `${ctes.length > 0 ? `WITH RECURSIVE ${ctes.join(',\n')}` : ''}
    SELECT n.id, n.title, n.text, n.notebook_id, n.updated_at, ${score} AS score
    FROM note n ${joins.join(' ')}
    WHERE ${where.join(' AND ')}
    ORDER BY ${order} LIMIT ?`
  const rows = store.db.prepare(sql).all(...params, ...whereParams, ...orderParams, options.limit) as HitRow[]
  const hits: SearchHit[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    titleHtml: highlight(row.title, terms.all),
    snippetHtml: snippetHtml(row.text, terms.all),
    notebookId: row.notebook_id,
    updatedAt: row.updated_at,
  }))
  const mode = !indexed ? 'like' : terms.short.length > 0 ? 'mixed' : 'fts'
  return { hits, mode }
}
