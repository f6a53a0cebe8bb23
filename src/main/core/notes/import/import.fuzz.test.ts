import fc from 'fast-check'
import { writeZip } from '../../filing/test-support/zip-writer'
import { fileTarget } from '../../test-support/fuzz/file-target'
import { fuzzSuite } from '../../test-support/fuzz/fuzz-suite'
import { cleanNoteHtml } from '../html/clean-note-html'
import { readImportFile } from './read-import-file'

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

/** Markdown built from the constructs that nest (quotes, lists, emphasis, links), deep and wide. */
const nestingMarkdown = fc
  .array(
    fc.constantFrom('> ', '- ', '1. ', '  ', '*', '_', '[', ']', '(', ')', '`', '~', '\n', 'x ', '<div>'),
    { maxLength: 3000 },
  )
  .map((parts) => Buffer.from(parts.join('')))

const imported = (name: string, sample: Uint8Array, fileName: string, extra?: fc.Arbitrary<Uint8Array>) =>
  fileTarget({
    name,
    fileName,
    shortRuns: 40,
    seeds: async () => [sample],
    open: importOnce,
    ...(extra ? { extra } : {}),
  })

fuzzSuite('fuzzing the notes importers (md, html, docx)', [
  imported('notes: Markdown, mutated and deeply nested', Buffer.from(MARKDOWN), 'x.md', nestingMarkdown),
  imported('notes: HTML, mutated', Buffer.from(HTML), 'x.html'),
  imported('notes: a Word document, mutated', DOCX, 'x.docx'),
])
