// Which pages of a document one placement (or a cross-page seal) goes on, written as people write
// it: `all`, `first`, `last`, or page numbers and ranges such as `1-4,9`. One rule for the contract,
// the CLI and the UI. Plain functions with no imports, so the CLI's cold start stays light.

/** Every page, the first, the last, or these page numbers (1-based, sorted, no repeats). */
export type PageChoice = 'all' | 'first' | 'last' | readonly number[]

/** The longest list of pages a spec may name (a document this long is already unusual). */
export const MAX_CHOSEN_PAGES = 10_000

/** `1-4,9` → [1, 2, 3, 4, 9]; `all`, `first`, `last` as they are; null for anything else. */
export function parsePageSpec(spec: string): PageChoice | null {
  const text = spec.trim().toLowerCase()
  if (text === 'all' || text === 'first' || text === 'last') return text
  if (text === '') return null
  const pages = new Set<number>()
  for (const part of text.split(',')) {
    const m = /^\s*(\d{1,6})\s*(?:-\s*(\d{1,6})\s*)?$/.exec(part)
    if (!m) return null
    const from = Number(m[1])
    const to = m[2] === undefined ? from : Number(m[2])
    if (from < 1 || to < from || to - from >= MAX_CHOSEN_PAGES) return null
    for (let p = from; p <= to; p++) pages.add(p)
    if (pages.size > MAX_CHOSEN_PAGES) return null
  }
  return [...pages].sort((a, b) => a - b)
}

/** The shortest spec for a choice: [1, 2, 3, 4, 9] → `1-4,9`. */
export function formatPageSpec(choice: PageChoice): string {
  if (typeof choice === 'string') return choice
  const sorted = [...new Set(choice)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`)
    i = j + 1
  }
  return parts.join(',')
}

/**
 * The 1-based pages a choice means in a document of `count` pages, and the first page it names
 * that the document lacks (then the caller refuses, naming it).
 */
export function pagesOf(choice: PageChoice, count: number): { pages: number[]; missing?: number } {
  if (choice === 'all') return { pages: Array.from({ length: count }, (_, i) => i + 1) }
  if (choice === 'first') return { pages: count > 0 ? [1] : [] }
  if (choice === 'last') return { pages: count > 0 ? [count] : [] }
  const missing = choice.find((p) => p > count)
  return missing === undefined ? { pages: [...choice] } : { pages: [], missing }
}
