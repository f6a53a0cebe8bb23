import { escapeHtml } from '../html/html-entities'

const BEFORE = 40
const LENGTH = 160

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// A page of hits highlights the same terms 2 × 50 times: the pattern is built once for them.
let cached: { key: string; re: RegExp | null } = { key: '', re: null }

function matcher(terms: readonly string[]): RegExp | null {
  const parts = terms.filter((t) => t !== '').sort((a, b) => b.length - a.length)
  const key = parts.join('\0')
  if (cached.key !== key || key === '') {
    cached = { key, re: parts.length > 0 ? new RegExp(parts.map(escapeRegExp).join('|'), 'giu') : null }
  }
  if (cached.re) cached.re.lastIndex = 0
  return cached.re
}

/** Whether any of the terms occurs in `text` (as the highlight finds them: case-insensitive). */
export function hasTerm(text: string, terms: readonly string[]): boolean {
  return matcher(terms)?.test(text) ?? false
}

/** `text` escaped for HTML, with every occurrence of a term wrapped in our own `<mark>`. */
export function highlight(text: string, terms: readonly string[]): string {
  const re = matcher(terms)
  if (!re) return escapeHtml(text)
  let out = ''
  let last = 0
  for (const m of text.matchAll(re)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`
    last = m.index + m[0].length
  }
  return out + escapeHtml(text.slice(last))
}

/** Moves an index off the second half of a surrogate pair. */
function atCharBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index
}

/**
 * A short window of the note's text around the first match, escaped, matches marked; the note's
 * beginning when only the title matched. Lines are joined so the snippet reads as one line.
 */
export function snippetHtml(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s*\n\s*/g, ' · ')
  const re = matcher(terms)
  const first = re ? (re.exec(flat)?.index ?? -1) : -1
  let start = first > BEFORE ? atCharBoundary(flat, first - BEFORE) : 0
  // Start at a word boundary when one is near (Latin text), else mid-text (CJK has none).
  if (start > 0) {
    const space = flat.indexOf(' ', start)
    if (space >= 0 && space < start + 12 && space < first) start = space + 1
  }
  const end = atCharBoundary(flat, Math.min(flat.length, start + LENGTH))
  const body = highlight(flat.slice(start, end), terms)
  return `${start > 0 ? '…' : ''}${body}${end < flat.length ? '…' : ''}`
}
