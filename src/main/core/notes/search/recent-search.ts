import type { Database } from 'better-sqlite3'
import { ftsPhrase } from './search-terms'
import { withClause, type NoteFilter } from './search-filter'
import { cachedStatement } from '../../db/statement-cache'

/**
 * For terms found in thousands of notes (a common word), scoring every hit costs more than it
 * tells. The notes that have every term (already known, from the index) are ordered instead:
 * those whose title has the terms, then the most recently edited. `candidates` are those notes'
 * ids, ascending.
 */
export function recentWithTerms(
  db: Database,
  indexed: readonly string[],
  candidates: readonly number[],
  filter: NoteFilter,
  limit: number,
): number[] {
  // Titles with every term, from the titles-only index; the newest of them first.
  const titleQuery = indexed.map((term) => ftsPhrase(term)).join(' AND ')
  const titled = cachedStatement(db, 'SELECT rowid FROM note_title_fts WHERE note_title_fts MATCH ?')
    .pluck()
    .all(titleQuery) as number[]
  // Candidates are ascending note ids: a byte per id is a cheaper membership test than a Set.
  const member = new Uint8Array((candidates.at(-1) ?? 0) + 1)
  for (const id of candidates) member[id] = 1
  const inCandidates = { has: (id: number) => member[id] === 1 }
  // CROSS JOIN keeps SQLite from walking every note by date to find these few.
  const first = cachedStatement(
    db,
    `${withClause(filter.ctes)} SELECT n.id FROM json_each(?) AS t CROSS JOIN note n ON n.id = t.value
       WHERE ${filter.where} ORDER BY n.updated_at DESC LIMIT ?`,
  )
    .pluck()
    .all(
      ...filter.cteParams,
      JSON.stringify(titled.filter((id) => inCandidates.has(id))),
      ...filter.whereParams,
      limit,
    ) as number[]
  // Then the newest notes that have the terms: walking notes by date until the page is full
  // (common terms fill it within a few dozen; at worst one pass over the small note rows).
  const found = [...first]
  const taken = new Set(first)
  const walk = cachedStatement(
    db,
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
