/** The trigram index can only look up terms of at least this many characters. */
export const MIN_INDEXED_CHARS = 3
const MAX_TERMS = 8

export interface SearchTerms {
  /** Terms of 3+ characters: looked up in the trigram index. */
  indexed: string[]
  /** Shorter terms (`中文`, `ai`): matched with LIKE over the notes' title and text. */
  short: string[]
  /** Every term, for highlighting. */
  all: string[]
}

/** Splits a query into terms at whitespace; every term must match (AND). */
export function searchTerms(query: string): SearchTerms {
  const seen = new Set<string>()
  const all: string[] = []
  for (const term of query.normalize('NFC').split(/\s+/)) {
    const key = term.toLowerCase()
    if (term === '' || seen.has(key) || all.length >= MAX_TERMS) continue
    seen.add(key)
    all.push(term)
  }
  // Characters, not UTF-16 units: an emoji or rare Han character counts once.
  const length = (term: string) => Array.from(term).length
  return {
    indexed: all.filter((t) => length(t) >= MIN_INDEXED_CHARS),
    short: all.filter((t) => length(t) < MIN_INDEXED_CHARS),
    all,
  }
}

/** An FTS5 query that matches `term` as a substring (a quoted phrase of trigrams). */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`
}

/** A LIKE pattern that matches `term` anywhere, with `\` escaping LIKE's own wildcards. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
