import type { SearchHit, SearchResult } from '../../../../shared/contract'
import type { Database } from 'better-sqlite3'
import type { DataStore } from '../../db/data-store'
import { rankedByRelevance, rankedByTitleThenDate } from './ranked-search'
import { recentWithTerms } from './recent-search'
import { noteFilter } from './search-filter'
import { ftsPhrase, searchTerms } from './search-terms'
import { hasTerm, highlight, snippetHtml } from './snippet'
import { cachedStatement } from '../../db/statement-cache'
import { noteOfChunk } from './chunk-ids'
import { isImageDigest } from './image-chunks'

export interface SearchOptions {
  query: string
  notebookId: number | null
  tagId: number | null
  limit: number
}

interface HitRow {
  id: number
  title: string
  /** The start of the note's text. */
  snippet: string
  notebook_id: number | null
  updated_at: string
}

/** A hit; `inImage` when the words were found in text read from one of the note's pictures. */
export type NoteSearchHit = SearchHit & { inImage?: true }

/** Above this many notes for a term, hits are ordered by title match and recency, not bm25. */
export const BM25_MAX_NOTES = 500

/**
 * Full-text search over notes not in the trash. Terms of three or more characters go through the
 * FTS5 trigram index (substrings match, so Chinese needs no word segmentation): ranked by bm25
 * when each term is in few notes, by title match then recency when a term is common. Shorter
 * terms, which trigrams cannot look up, are matched with LIKE. Every term must match. Titles and
 * snippets come back escaped, with only our `<mark>` added.
 */
export function searchNotes(
  store: DataStore,
  options: SearchOptions,
): Omit<SearchResult, 'hits'> & { hits: NoteSearchHit[] } {
  const terms = searchTerms(options.query)
  if (terms.all.length === 0) return { hits: [], mode: 'empty' }
  const db = store.db
  const indexed = terms.indexed.length > 0
  const mode = !indexed ? 'like' : terms.short.length > 0 ? 'mixed' : 'fts'
  // The notes each term is in (a chunk's id carries its note's); none in common, no hits.
  const chunksWith = cachedStatement(
    db,
    'SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid',
  ).pluck()
  const sets: number[][] = []
  for (const term of terms.indexed) {
    sets.push(notesOf(chunksWith.all(ftsPhrase(term)) as number[]))
    if (sets.at(-1)?.length === 0) break
  }
  const candidates = intersect(sets)
  if (candidates.length === 0 && indexed) return { hits: [], mode }
  const filter = noteFilter({ notebookId: options.notebookId, tagId: options.tagId, short: terms.short })
  const ids = !indexed
    ? rankedByTitleThenDate(db, terms.short, filter, options.limit)
    : sets.every((s) => s.length <= BM25_MAX_NOTES)
      ? rankedByRelevance(db, terms.indexed, filter, options.limit)
      : recentWithTerms(db, terms.indexed, candidates, filter, options.limit)
  // The page of hits is read in one query, and the text around a match from the chunks that have
  // one (the note's opening lines when only its title matched).
  const rows = cachedStatement(
    db,
    `SELECT n.id, n.title, n.snippet, n.notebook_id, n.updated_at FROM json_each(?) AS page
       JOIN note n ON n.id = page.value`,
  ).all(JSON.stringify(ids)) as HitRow[]
  const byId = new Map(rows.map((row) => [row.id, row]))
  const matched = matchedText(db, ids, terms.all)
  const hits: NoteSearchHit[] = ids.map((id) => {
    const row = byId.get(id) as HitRow
    const match = matched.get(id)
    const snippet = snippetHtml(match?.text ?? row.snippet, terms.all)
    return {
      id: row.id,
      title: row.title,
      titleHtml: highlight(row.title, terms.all),
      // A hit in text read from a picture says so: `inImage`, which the UI and the CLI put in words.
      snippetHtml: snippet,
      notebookId: row.notebook_id,
      updatedAt: row.updated_at,
      ...(match?.inImage ? { inImage: true as const } : {}),
    }
  })
  return { hits, mode }
}

/** The notes of these chunks (ascending, as the index returns them), each once. */
function notesOf(chunkIds: readonly number[]): number[] {
  const notes: number[] = []
  for (const chunk of chunkIds) {
    const note = noteOfChunk(chunk)
    if (notes.at(-1) !== note) notes.push(note)
  }
  return notes
}

/**
 * For each note, the first of its text chunks (in the order they were written) that has a term;
 * text read from its images only when its own text has none.
 */
function matchedText(
  db: Database,
  ids: readonly number[],
  terms: readonly string[],
): Map<number, { text: string; inImage: boolean }> {
  const found = new Map<number, { text: string; inImage: boolean }>()
  const chunks = cachedStatement(
    db,
    `SELECT note_id, digest, body FROM note_chunk
       WHERE note_id IN (SELECT value FROM json_each(?)) AND body <> '' ORDER BY id`,
  ).iterate(JSON.stringify(ids)) as IterableIterator<{ note_id: number; digest: string; body: string }>
  for (const chunk of chunks) {
    const inImage = isImageDigest(chunk.digest)
    const seen = found.get(chunk.note_id)
    if ((!seen || (seen.inImage && !inImage)) && hasTerm(chunk.body, terms))
      found.set(chunk.note_id, { text: chunk.body, inImage })
  }
  return found
}

/** The ids in every set (each ascending); empty when there are no sets. */
function intersect(sets: readonly number[][]): number[] {
  if (sets.length === 0) return []
  return sets.reduce((common, set) => {
    const both: number[] = []
    for (let i = 0, j = 0; i < common.length && j < set.length;) {
      const a = common[i] as number
      const b = set[j] as number
      if (a === b) both.push(a)
      if (a <= b) i++
      if (b <= a) j++
    }
    return both
  })
}
