import type { CorpusEntry } from './corpus-entry'
import { garbage } from './corpus-entry'

/** About 50 MB of plain paragraphs: larger than any note import takes. */
function hugeHtml(): Buffer {
  const paragraph = Buffer.from('<p>一段很长的笔记 a very long note, paragraph after paragraph.</p>\n')
  const count = Math.ceil((50 * 1024 * 1024) / paragraph.length)
  const out = Buffer.alloc(count * paragraph.length + 30)
  out.write('<html><body>\n')
  for (let i = 0, at = 13; i < count; i++, at += paragraph.length) paragraph.copy(out, at)
  out.write('</body></html>', count * paragraph.length + 13)
  return out
}

export const noteEntries: CorpusEntry[] = [
  {
    name: 'huge-50mb.html',
    kind: 'html',
    about: 'a 50 MB HTML note',
    bytes: hugeHtml,
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'nested-3000.md',
    kind: 'markdown',
    about: 'block quotes nested 3 000 deep',
    bytes: () => Buffer.from(`${'>'.repeat(3000)} deep\n`),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'nested-50000.md',
    kind: 'markdown',
    about: 'block quotes nested 50 000 deep (once a stack overflow)',
    bytes: () => Buffer.from(`${'>'.repeat(50_000)} deep\n`),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'empty.md',
    kind: 'markdown',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    // An empty text file is an empty document: it becomes an empty note named after the file.
    refusedAs: 'INVALID_FILE',
    except: { 'notes-import': 'accepted' },
  },
  {
    name: 'empty.html',
    kind: 'html',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    // An empty text file is an empty document: it becomes an empty note named after the file.
    refusedAs: 'INVALID_FILE',
    except: { 'notes-import': 'accepted' },
  },
  {
    name: 'nested-lists-3000.md',
    kind: 'markdown',
    about: 'list items nested 3 000 deep',
    bytes: () =>
      Buffer.from(Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'binary-named.md',
    kind: 'text',
    about: 'binary garbage named .md',
    bytes: () => garbage(4096, 17),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'text-named.docx',
    kind: 'text',
    about: 'a text file named .docx',
    bytes: () => Buffer.from('Not a Word document.\n'),
    refusedAs: 'INVALID_FILE',
  },
]
