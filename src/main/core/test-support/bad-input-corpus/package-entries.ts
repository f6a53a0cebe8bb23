import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ZipReader } from '../../filing/inspect/zip-reader'
import { COMMITTED_DIR } from '../../filing/test-support/apk-fixtures'
import { writeZip } from '../../filing/test-support/zip-writer'
import { type CorpusEntry, corruptMiddle, garbage, truncate } from './corpus-entry'

const committed = (name: string) => readFileSync(join(COMMITTED_DIR, name))

/** The committed v1+v2+v3 APK with its AndroidManifest.xml replaced by garbage; every other entry kept. */
async function garbledManifestApk(): Promise<Buffer> {
  const zip = await ZipReader.open(join(COMMITTED_DIR, 'v1v2v3.apk'))
  try {
    const entries = []
    for (const entry of zip.entries) {
      const data =
        entry.name === 'AndroidManifest.xml'
          ? garbage(2048, 11)
          : await zip.read(entry, { maxBytes: 16 * 1024 * 1024, maxRatio: 1000 })
      entries.push({ name: entry.name, data })
    }
    return writeZip(entries)
  } finally {
    await zip.close()
  }
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

/** A minimal Word document; `document` replaces its body part (a bomb, say). */
function docx(document?: { data: Uint8Array; declaredSize?: number }): Buffer {
  const paragraphs = Array.from(
    { length: 200 },
    (_, i) => `<w:p><w:r><w:t>第 ${i + 1} 段 paragraph</w:t></w:r></w:p>`,
  )
  const body = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`,
  )
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/document.xml', ...(document ?? { data: body }) },
  ])
}

/** 64 MB of zeros in one entry whose headers say 2 KB: the classic zip bomb, about 64 KB on disk. */
function zipBomb(entryName: string): Buffer {
  return writeZip([{ name: entryName, data: Buffer.alloc(64 * 1024 * 1024), declaredSize: 2048 }])
}

export const packageEntries: CorpusEntry[] = [
  {
    name: 'truncated.apk',
    kind: 'apk',
    about: 'the first 60% of a signed APK',
    bytes: () => truncate(committed('v1v2v3.apk'), 0.6),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'corrupt.apk',
    kind: 'apk',
    about: 'a signed APK with garbage over its entries',
    bytes: () => corruptMiddle(committed('v1v2v3.apk'), 3000),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'empty.apk',
    kind: 'apk',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'text-named.apk',
    kind: 'text',
    about: 'a text file named .apk',
    bytes: () => Buffer.from('This is a text file that someone renamed to .apk\n'),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'garbled-manifest.apk',
    kind: 'apk',
    about: 'a complete APK zip whose binary AndroidManifest.xml is garbage',
    bytes: garbledManifestApk,
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'zip-bomb.apk',
    kind: 'apk',
    about: 'AndroidManifest.xml declared 2 KB, inflating to 64 MB',
    bytes: () => zipBomb('AndroidManifest.xml'),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'truncated.ipa',
    kind: 'ipa',
    about: 'the first half of an IPA',
    bytes: () => truncate(committed('app.ipa')),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'corrupt.ipa',
    kind: 'ipa',
    about: 'an IPA with garbage over its entries',
    bytes: () => corruptMiddle(committed('app.ipa'), 1200),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'empty.ipa',
    kind: 'ipa',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'garbled-plist.ipa',
    kind: 'ipa',
    about: 'an IPA whose Info.plist is garbage',
    bytes: () =>
      writeZip([
        {
          name: 'Payload/Demo.app/Info.plist',
          data: Buffer.concat([Buffer.from('bplist00'), garbage(600, 5)]),
        },
      ]),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'truncated.docx',
    kind: 'docx',
    about: 'the first half of a Word document',
    bytes: () => truncate(docx()),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'corrupt.docx',
    kind: 'docx',
    about: 'a Word document with garbage over its body part',
    bytes: () => corruptMiddle(docx(), 400),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'empty.docx',
    kind: 'docx',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'inflates-past-declared.docx',
    kind: 'docx',
    about: 'word/document.xml declared 1 000 bytes, inflating to 8 MB',
    bytes: () => docx({ data: Buffer.alloc(8 * 1024 * 1024, 0x20), declaredSize: 1000 }),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'zip-bomb.docx',
    kind: 'docx',
    about: 'a zip whose one entry inflates 64 MB from 64 KB, declared 2 KB',
    bytes: () => zipBomb('word/document.xml'),
    refusedAs: 'INVALID_FILE',
  },
]
