import type { Database } from 'better-sqlite3'
import { ftsPhrase } from './search-terms'
import { withClause, type NoteFilter } from './search-filter'

/**
 * For terms found in thousands of notes (a common word), scoring every hit costs more than it
 * tells. The notes that have every term (already known, from the index) are ordered instead:
 * those whose title has the terms, then the most recently edited.
 */
export function recentWithTerms(
  db: Database,
  indexed: readonly string[],
  candidates: readonly number[],
  filter: NoteFilter,
  limit: number,
): number[] {
  // Titles with every term: a column filter on the index (title chunks are few).
  const titleQuery = indexed.map((term) => `title : ${ftsPhrase(term)}`).join(' AND ')
  const titled = db.prepare('SELECT rowid >> 20 FROM note_fts WHERE note_fts MATCH ?').pluck().all(titleQuery)
  const inCandidates = new Set(candidates)
  const first = db
    .prepare(
      `${withClause(filter.ctes)} SELECT n.id FROM note n
       WHERE ${filter.where} AND n.id IN (SELECT value FROM json_each(?))
       ORDER BY n.updated_at DESC LIMIT ?`,
    )
    .pluck()
    .all(
      ...filter.cteParams,
      ...filter.whereParams,
      JSON.stringify(titled.filter((id) => inCandidates.has(id as number))),
      limit,
    ) as number[]
  // Then the newest notes that have the terms: walking notes by date until the page is full
  // (common terms fill it within a few dozen; at worst one pass over the small note rows).
  const found = [...first]
  const taken = new Set(first)
  const walk = db
    .prepare(
      `${withClause(filter.ctes)} SELECT n.id FROM note n WHERE ${filter.where} ORDER BY n.updated_at DESC`,
    )
    .pluck()
    .iterate(...filter.cteParams, ...filter.whereParams) as IterableIterator<number>
  for (const id of walk) {
    if (found.length >= limit) {
      walk.return?.()
      break
    }
    if (inCandidates.has(id) && !taken.has(id)) found.push(id)
  }
  return found
}
