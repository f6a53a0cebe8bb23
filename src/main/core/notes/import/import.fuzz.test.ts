import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { writeZip } from '../../filing/test-support/zip-writer'
import { endsWithResultOrAppError, FUZZ_RUNS, mutationOf } from '../../test-support/fuzz'
import { useTempDirs } from '../../test-support/temp-dir'
import { cleanNoteHtml } from '../html/clean-note-html'
import { readImportFile } from './read-import-file'

const tempDir = useTempDirs()

const MARKDOWN = `# 计划 Plan

> quote with **bold** and _it_
> > nested reply

- [x] done
- item
  - sub item [link](https://ok.cn) ![img](pics/a.png)

| a | b |
|---|:-:|
| 1 | 2 |

\`\`\`js
const a = 1 < 2
\`\`\`
`

const HTML = `<html><head><title>网页</title><style>p{color:red}</style></head><body>
<h1>Title</h1><p onclick="x()">Body <a href="javascript&colon;alert(1)">bad</a> <a href="https://ok.cn">good</a></p>
<table><tr><td colspan="2">cell</td></tr></table><img src="data:image/png;base64,AAAA"><script>alert(1)</script>
</body></html>`

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`
const DOCX = writeZip([
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  },
  {
    name: 'word/document.xml',
    data: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph('你好 Word')}${paragraph('second')}</w:body></w:document>`,
    ),
  },
])

/** One import as the app does it: read the file by its extension, then clean the HTML to store. */
async function importOnce(path: string): Promise<void> {
  const { html } = await readImportFile(path)
  await cleanNoteHtml(html, async () => null)
}

async function fuzz(sample: Uint8Array, name: string, extra?: fc.Arbitrary<Buffer>) {
  const path = join(tempDir(), name)
  writeFileSync(path, sample)
  await importOnce(path) // loads marked, mammoth, sanitize-html outside each input's 2 s
  const inputs = extra ? fc.oneof(mutationOf(sample), extra) : mutationOf(sample)
  await fc.assert(
    fc.asyncProperty(inputs, async (input) => {
      writeFileSync(path, input)
      await endsWithResultOrAppError(() => importOnce(path))
    }),
    { numRuns: FUZZ_RUNS },
  )
}

/** Markdown built from the constructs that nest (quotes, lists, emphasis, links), deep and wide. */
const nestingMarkdown = fc
  .array(
    fc.constantFrom('> ', '- ', '1. ', '  ', '*', '_', '[', ']', '(', ')', '`', '~', '\n', 'x ', '<div>'),
    {
      maxLength: 3000,
    },
  )
  .map((parts) => Buffer.from(parts.join('')))

describe('fuzzing the notes importers (md, html, docx)', () => {
  it(
    'Markdown, mutated and deeply nested',
    () => fuzz(Buffer.from(MARKDOWN), 'x.md', nestingMarkdown),
    120_000,
  )
  it('HTML, mutated', () => fuzz(Buffer.from(HTML), 'x.html'), 120_000)
  it('a Word document, mutated', () => fuzz(DOCX, 'x.docx'), 120_000)
})
