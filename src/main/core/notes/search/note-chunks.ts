import { createHash } from 'node:crypto'

export interface NoteChunk {
  /** Identifies the content, so a save keeps the chunks that did not change. */
  digest: string
  title: string
  body: string
}

/** A chunk ends at a paragraph end once it holds this much text, at a content-chosen point. */
const MIN_CHUNK = 1024
/** …and is cut at this length whatever its paragraphs (one huge paragraph). */
const MAX_CHUNK = 8192

const digestOf = (kind: string, text: string) =>
  createHash('sha1').update(kind).update('\0').update(text).digest('base64url')

/**
 * Cuts a note into the rows the full-text index holds: the title alone, then the text in chunks
 * that end at paragraph ends. Where a chunk ends depends on the paragraphs' content (a hash), not
 * on offsets from the start, so typing in one paragraph changes one chunk (rarely two) and a save
 * re-indexes only those.
 */
export function noteChunks(title: string, text: string): NoteChunk[] {
  const chunks: NoteChunk[] = []
  if (title.trim()) chunks.push({ digest: digestOf('t', title), title, body: '' })
  let current = ''
  const close = () => {
    if (current.trim()) chunks.push({ digest: digestOf('b', current), title: '', body: current })
    current = ''
  }
  for (const paragraph of text.split('\n')) {
    let rest = paragraph
    while (rest.length > MAX_CHUNK) {
      close()
      current = rest.slice(0, MAX_CHUNK)
      rest = rest.slice(MAX_CHUNK)
      close()
    }
    current = current ? `${current}\n${rest}` : rest
    if (current.length >= MAX_CHUNK || (current.length >= MIN_CHUNK && endsChunk(rest))) close()
  }
  close()
  return chunks
}

/** One paragraph in four, chosen by its content, may end a chunk. */
function endsChunk(paragraph: string): boolean {
  let h = 2166136261
  for (let i = 0; i < paragraph.length; i++) h = Math.imul(h ^ paragraph.charCodeAt(i), 16777619)
  return (h >>> 0) % 4 === 0
}
