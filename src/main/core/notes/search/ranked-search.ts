import type { Database } from 'better-sqlite3'
import { likePattern, ftsPhrase } from './search-terms'
import { withClause, type NoteFilter } from './search-filter'
import { cachedStatement } from '../../db/statement-cache'

/** The title counts ten times the text in the ranking. */
const TITLE_WEIGHT = 10

/**
 * Notes that have every indexed term, best first by bm25 summed over the terms (a note scores by
 * its best chunk). Used when each term is in few enough notes that scoring them all is cheap.
 */
export function rankedByRelevance(
  db: Database,
  indexed: readonly string[],
  filter: NoteFilter,
  limit: number,
): number[] {
  const ctes = [...filter.ctes]
  const params: unknown[] = [...filter.cteParams]
  const joins: string[] = []
  indexed.forEach((term, i) => {
    // bm25() only runs in the query that scans the index, so that part is materialised first.
    ctes.push(`f${i} AS MATERIALIZED (SELECT rowid AS chunk, bm25(note_fts, ${TITLE_WEIGHT}.0, 1.0) AS r
      FROM note_fts WHERE note_fts MATCH ?)`)
    ctes.push(`m${i} AS (SELECT chunk >> 20 AS note_id, min(r) AS score FROM f${i} GROUP BY 1)`)
    params.push(ftsPhrase(term))
    joins.push(`JOIN m${i} ON m${i}.note_id = n.id`)
  })
  const score = indexed.map((_, i) => `m${i}.score`).join(' + ')
  const sql = `${withClause(ctes)} SELECT n.id FROM note n ${joins.join(' ')}
    WHERE ${filter.where} ORDER BY ${score} ASC, n.updated_at DESC LIMIT ?`
  return cachedStatement(db, sql)
    .pluck()
    .all(...params, ...filter.whereParams, limit) as number[]
}

/** Notes with the short terms only (no index): titles that match first, then the most recent. */
export function rankedByTitleThenDate(
  db: Database,
  terms: readonly string[],
  filter: NoteFilter,
  limit: number,
): number[] {
  const titleFirst = terms.map(() => `(n.title LIKE ? ESCAPE '\\')`).join(' + ')
  const sql = `${withClause(filter.ctes)} SELECT n.id FROM note n
    WHERE ${filter.where} ORDER BY ${titleFirst} DESC, n.updated_at DESC LIMIT ?`
  return cachedStatement(db, sql)
    .pluck()
    .all(...filter.cteParams, ...filter.whereParams, ...terms.map(likePattern), limit) as number[]
}
