import { createHash } from 'node:crypto'

export interface NoteChunk {
  /** Identifies the content, so a save keeps the chunks that did not change. */
  digest: string
  title: string
  body: string
}

/** A chunk ends at a paragraph end once it holds this much text, at a content-chosen point… */
const MIN_CHUNK = 1024
/** …or at the first paragraph end past this length, so an edit re-indexes a bounded amount… */
const SOFT_MAX_CHUNK = 2048
/** …and is cut at this length whatever its paragraphs (one huge paragraph). */
const MAX_CHUNK = 8192

/** Starts the digest of a title chunk (a base64url digest never holds a colon). */
const TITLE_DIGEST = 't:'
export const isTitleDigest = (digest: string) => digest.startsWith(TITLE_DIGEST)

const hashOf = (kind: string, text: string) =>
  createHash('sha1').update(kind).update('\0').update(text).digest('base64url')

// The digests of the text chunks cut last time. Autosave cuts the same note again and again with one
// paragraph changed, so nearly every chunk is found here instead of hashed again; holding one
// note's chunks bounds the memory.
let lastDigests = new Map<string, string>()
let digests = new Map<string, string>()

function bodyDigest(text: string): string {
  const digest = lastDigests.get(text) ?? hashOf('b', text)
  digests.set(text, digest)
  return digest
}

/**
 * Cuts a note into the rows the full-text index holds: the title alone, then the text in chunks
 * that end at paragraph ends. Where a chunk ends depends on the paragraphs' content (a hash), not
 * on offsets from the start, so typing in one paragraph changes one chunk (rarely two) and a save
 * re-indexes only those.
 */
export function noteChunks(title: string, text: string): NoteChunk[] {
  const chunks: NoteChunk[] = []
  digests = new Map()
  if (title.trim()) chunks.push({ digest: `${TITLE_DIGEST}${hashOf('t', title)}`, title, body: '' })
  let current = ''
  const close = () => {
    if (current.trim()) chunks.push({ digest: bodyDigest(current), title: '', body: current })
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
    if (current.length >= SOFT_MAX_CHUNK || (current.length >= MIN_CHUNK && endsChunk(rest))) close()
  }
  close()
  lastDigests = digests
  return chunks
}

/**
 * One paragraph in four, chosen by its first 32 characters, may end a chunk. Typing further along
 * a paragraph (where most typing happens) leaves the choice alone, so the chunk ends stay put and
 * a save re-indexes one chunk; paragraphs that start alike are kept from growing chunks without
 * end by the soft maximum.
 */
function endsChunk(paragraph: string): boolean {
  let h = 2166136261
  for (let i = 0; i < Math.min(32, paragraph.length); i++)
    h = Math.imul(h ^ paragraph.charCodeAt(i), 16777619)
  return (h >>> 0) % 4 === 0
}
