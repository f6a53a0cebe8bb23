import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../test-support/temp-dir'
import { openTestNotes } from '../test-notes-core'
import { plainTextOf } from '../html/inspect-note-html'
import { importFiles } from './import-files'

const tempDir = useTempDirs()

const paragraph = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`

/** A minimal .docx: the parts Word needs for a body of paragraphs and tables. */
async function makeDocx(path: string, body: string): Promise<void> {
  const { execFileSync } = await import('node:child_process')
  const dir = `${path}.parts`
  mkdirSync(join(dir, '_rels'), { recursive: true })
  mkdirSync(join(dir, 'word'), { recursive: true })
  writeFileSync(
    join(dir, '[Content_Types].xml'),
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  )
  writeFileSync(
    join(dir, '_rels', '.rels'),
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  )
  writeFileSync(
    join(dir, 'word', 'document.xml'),
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  )
  execFileSync('zip', ['-qr', path, '.'], { cwd: dir })
}

describe('importing files', () => {
  it('imports Markdown (title from its heading, local images as assets), HTML and Word', async () => {
    const dir = tempDir()
    const t = openTestNotes(dir)
    const png = await sharp({ create: { width: 5, height: 5, channels: 3, background: '#0a0' } })
      .png()
      .toBuffer()
    mkdirSync(join(dir, 'pics'))
    writeFileSync(join(dir, 'pics', 'dot.png'), png)
    writeFileSync(
      join(dir, 'plan.md'),
      '# 计划 Plan\n\n- [x] done\n- item with **bold**\n\n![dot](pics/dot.png) ![far](../../etc/passwd)\n',
    )
    writeFileSync(
      join(dir, 'page.html'),
      '<html><head><title>网页 Page</title><script>alert(1)</script></head><body><p onclick="x()">Body <a href="javascript:alert(1)">bad</a> <a href="https://ok.cn">good</a></p></body></html>',
    )
    await makeDocx(join(dir, 'letter.docx'), paragraph('你好 Word'))
    const result = await importFiles(
      t.core,
      [join(dir, 'plan.md'), join(dir, 'page.html'), join(dir, 'letter.docx')],
      null,
    )
    expect(result.imported.map((n) => n.title)).toEqual(['计划 Plan', '网页 Page', 'letter'])
    const [md, html, docx] = result.imported.map((n) => t.core.notes.get(n.id))
    expect(md!.html).not.toContain('<h1')
    expect(md!.html).toContain('<strong>bold</strong>')
    expect(md!.html).toMatch(/<img src="paperdesk-asset:\/\/blob\/[0-9a-f]{64}" alt="dot" \/>/)
    expect(md!.html).not.toContain('passwd')
    expect(html!.html).toBe('<p>Body <a>bad</a> <a href="https://ok.cn">good</a></p>')
    expect(plainTextOf(docx!.html)).toBe('你好 Word')
    t.close()
  })

  it("stores tables from Markdown, HTML and Word as the editor's figure.table, alignment kept", async () => {
    const dir = tempDir()
    const t = openTestNotes(dir)
    writeFileSync(join(dir, 'table.md'), '| 项目 | 数量 |\n|:---:|---:|\n| 苹果 | 2 |\n')
    writeFileSync(
      join(dir, 'table.html'),
      '<table border=1><tr><td align="center">甲</td><td>乙</td></tr></table>',
    )
    const cell = (text: string) => `<w:tc>${paragraph(text)}</w:tc>`
    await makeDocx(join(dir, 'table.docx'), `<w:tbl><w:tr>${cell('左')}${cell('右')}</w:tr></w:tbl>`)
    const { imported } = await importFiles(
      t.core,
      ['table.md', 'table.html', 'table.docx'].map((f) => join(dir, f)),
      null,
    )
    const [md, html, docx] = imported.map((n) => t.core.notes.get(n.id).html.replace(/\n/g, ''))
    // Exactly what CKEditor writes for a table whose cells are aligned in Cell properties.
    expect(md).toBe(
      '<figure class="table"><table><thead><tr><th style="text-align:center;">项目</th><th style="text-align:right;">数量</th></tr></thead>' +
        '<tbody><tr><td style="text-align:center;">苹果</td><td style="text-align:right;">2</td></tr></tbody></table></figure>',
    )
    expect(html).toBe(
      '<figure class="table"><table><tbody><tr><td style="text-align:center">甲</td><td>乙</td></tr></tbody></table></figure>',
    )
    expect(docx).toMatch(
      /^<figure class="table"><table><tbody><tr><td><p>左<\/p><\/td><td><p>右<\/p><\/td><\/tr><\/tbody><\/table><\/figure>$/,
    )
    t.close()
  })

  it('refuses a binary file, a broken .docx or an unknown type, naming it, and imports nothing', async () => {
    const dir = tempDir()
    const t = openTestNotes(dir)
    writeFileSync(join(dir, 'good.md'), '# ok')
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))
    writeFileSync(join(dir, 'broken.docx'), 'PK\u0003\u0004 not really a zip')
    writeFileSync(join(dir, 'photo.jpg'), 'x')
    const attempt = (name: string) => importFiles(t.core, [join(dir, 'good.md'), join(dir, name)], null)
    await expect(attempt('binary.md')).rejects.toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'notes.import-not-text', name: 'binary.md' },
    })
    await expect(attempt('broken.docx')).rejects.toMatchObject({
      details: { reason: 'notes.import-bad-docx', name: 'broken.docx' },
    })
    await expect(attempt('photo.jpg')).rejects.toMatchObject({
      details: { reason: 'notes.import-unsupported' },
    })
    expect(t.core.notebooks.overview().counts.all).toBe(0)
    expect(t.store.db.prepare('SELECT count(*) FROM asset').pluck().get()).toBe(0)
    t.close()
  })

  it('reads GB18030 text as many Chinese editors save it', async () => {
    const dir = tempDir()
    const t = openTestNotes(dir)
    // "中文笔记" in GB18030.
    writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xca, 0xbc, 0xc7]))
    const { imported } = await importFiles(t.core, [join(dir, 'gbk.txt')], null)
    expect(plainTextOf(t.core.notes.get(imported[0]!.id).html)).toBe('中文笔记')
    t.close()
  })
})
