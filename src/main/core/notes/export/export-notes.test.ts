import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { defaultPdfOptions, type NotesExportInput } from '../../../../shared/contract'
import { JobRunner } from '../../jobs/job-runner'
import { openChromiumPrinter } from '../../pdf/chromium-printer'
import { useTempDirs } from '../../test-support/temp-dir'
import { openTestNotes } from '../test-notes-core'
import { exportNotes, exportTitle } from './export-notes'
import { topLevelBookmarkPages } from './outline-pages'

const tempDir = useTempDirs()
const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })

async function threeNotes(dir: string) {
  const t = openTestNotes(dir)
  const book = t.core.notebooks.create('季度报告', null)
  const long = Array.from(
    { length: 60 },
    (_, i) => `<p>Paragraph ${i} of the long note, with enough words to fill a line.</p>`,
  ).join('')
  const ids = await t.core.addNotes([
    { title: 'First note', html: '<h2>Intro</h2><p>Hello <strong>world</strong>.</p>', notebookId: book.id },
    { title: '第二篇笔记', html: `<p>中文内容：数据库设计。</p>${long}`, notebookId: book.id },
    {
      title: 'Third',
      html: '<p>Before the break</p><div class="page-break" style="page-break-after:always;"><span style="display:none;">&nbsp;</span></div><p>After the break</p>',
      notebookId: book.id,
    },
  ])
  const [id0] = ids
  const image = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#cc2200' } })
    .png()
    .toBuffer()
  const sha = await t.core.putImage(id0!, new Uint8Array(image))
  await t.core.save(
    id0!,
    'First note',
    `<h2>Intro</h2><p>Hello <strong>world</strong>.</p><figure class="image"><img src="paperdesk-asset://blob/${sha}"></figure>`,
  )
  return { t, ids }
}

function job(input: Partial<NotesExportInput> & { ids: number[] }) {
  const runner = new JobRunner()
  return {
    runner,
    input: { format: 'pdf', pdf: defaultPdfOptions, locale: 'en', ...input } as NotesExportInput,
  }
}

describe('exporting notes', () => {
  it('prints three notes into one PDF with a TOC whose page numbers are right, footers and one bookmark per note', async () => {
    const dir = tempDir()
    const { t, ids } = await threeNotes(dir)
    const out = join(dir, 'report.pdf')
    const { runner, input } = job({ ids })
    const id = runner.start('notes.export', (ctx) =>
      exportNotes({
        core: t.core,
        blobs: t.blobs,
        openPrinter: () => openChromiumPrinter(),
        input,
        path: out,
        ctx,
      }),
    )
    const status = await runner.settled(id)
    expect(status.error).toBeUndefined()
    expect(status.state).toBe('done')
    const result = status.result as { pages: number; notes: number }
    const text = pdftotext(out)
    const pages = text.split('\f').filter((p) => p.trim() !== '')
    expect(pages.length).toBe(result.pages)
    const bookmarks = await topLevelBookmarkPages(new Uint8Array(readFileSync(out)))
    expect(bookmarks.titles).toEqual(['First note', '第二篇笔记', 'Third'])
    // The TOC lists each note with the page its bookmark points at.
    for (const [i, title] of bookmarks.titles.entries()) {
      expect(pages[0]).toMatch(new RegExp(`${title}[ .]*${bookmarks.starts[i]}\\s*$`, 'm'))
      expect(pages[(bookmarks.starts[i] as number) - 1]).toContain(title)
    }
    expect(text).toContain('中文内容：数据库设计。')
    expect(text).toMatch(new RegExp(`2 / ${result.pages}`))
    expect(text).toContain('季度报告')
    // The manual page break: "After the break" is on the page after "Before the break".
    const before = pages.findIndex((p) => p.includes('Before the break'))
    expect(pages[before + 1]).toContain('After the break')
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' })
    // ISO A4 exactly (595.28 × 841.89 pt), not Chromium's rounded 595.92 × 842.88.
    expect(info).toMatch(/Page size:\s+595\.2[78]\d* x 841\.89\d* pts \(A4\)/)
    // The notes' Chinese and Latin text in the bundled Noto Sans SC, as subset CID TrueType.
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' })
    expect(fonts).toMatch(/NotoSansSC\S*-Regular\s+CID TrueType/)
    expect(fonts).toMatch(/NotoSansSC\S*-Bold\s+CID TrueType/)
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([])
    t.close()
  }, 60_000)

  it('gives a multi-note PDF the title the user set, in its header and its metadata', async () => {
    const dir = tempDir()
    const { t, ids } = await threeNotes(dir)
    const out = join(dir, 'titled.pdf')
    const { runner, input } = job({
      ids,
      title: '2025 年度总结 Annual review',
      pdf: { ...defaultPdfOptions, toc: false, header: true, footer: true },
    })
    const id = runner.start('notes.export', (ctx) =>
      exportNotes({
        core: t.core,
        blobs: t.blobs,
        openPrinter: () => openChromiumPrinter(),
        input,
        path: out,
        ctx,
      }),
    )
    const status = await runner.settled(id)
    expect(status.error).toBeUndefined()
    expect(pdftotext(out).split('\f')[1]).toMatch(/^\s*2025 年度总结 Annual review/)
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(
      /Title:\s+2025 年度总结 Annual review/,
    )
    // Without one: the notebook's name, or the first note's title and how many more.
    expect(exportTitle(t.core, ids, 'en')).toBe('季度报告')
    t.core.notes.move(ids[1]!, null)
    expect(exportTitle(t.core, ids, 'en')).toBe('First note and 2 more notes')
    expect(exportTitle(t.core, ids.slice(0, 2), 'en')).toBe('First note and 1 more note')
    expect(exportTitle(t.core, ids, 'zh-CN')).toBe('First note 及另外 2 篇笔记')
    t.close()
  }, 60_000)

  it('prints Chinese and Latin, regular and bold, in the bundled font: CID TrueType, no Type 3', async () => {
    const dir = tempDir()
    const t = openTestNotes(dir)
    const [id] = await t.core.addNotes([
      { title: '字体 Fonts', html: '<p>中文 Latin <strong>粗体 bold</strong></p>', notebookId: null },
    ])
    const out = join(dir, 'fonts.pdf')
    const { runner, input } = job({ ids: [id!], pdf: { ...defaultPdfOptions, header: false, footer: false } })
    const jobId = runner.start('notes.export', (ctx) =>
      exportNotes({
        core: t.core,
        blobs: t.blobs,
        openPrinter: () => openChromiumPrinter(),
        input,
        path: out,
        ctx,
      }),
    )
    expect((await runner.settled(jobId)).error).toBeUndefined()
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' })
    expect(fonts).toMatch(/NotoSansSC\S*-Regular\s+CID TrueType/)
    expect(fonts).toMatch(/NotoSansSC\S*-Bold\s+CID TrueType/)
    expect(fonts).not.toContain('Type 3')
    expect(pdftotext(out)).toContain('中文 Latin 粗体 bold')
    t.close()
  }, 60_000)

  it('writes self-contained HTML and Markdown with images beside it', async () => {
    const dir = tempDir()
    const { t, ids } = await threeNotes(dir)
    const runner = new JobRunner()
    const run = async (format: 'html' | 'md', path: string) => {
      const { input } = job({ ids, format })
      const id = runner.start('notes.export', (ctx) =>
        exportNotes({
          core: t.core,
          blobs: t.blobs,
          openPrinter: () => openChromiumPrinter(),
          input,
          path,
          ctx,
        }),
      )
      return runner.settled(id)
    }
    expect((await run('html', join(dir, 'out.html'))).state).toBe('done')
    const html = readFileSync(join(dir, 'out.html'), 'utf8')
    expect(html).toContain('data:image/png;base64,')
    expect(html).not.toContain('paperdesk-asset:')
    expect(html).toContain('<a class="pd-toc__name" href="#note-2">第二篇笔记</a>')
    expect((await run('md', join(dir, 'out.md'))).result).toMatchObject({ images: 1, notes: 3 })
    const md = readFileSync(join(dir, 'out.md'), 'utf8')
    expect(md).toContain('# 第二篇笔记')
    expect(md).toContain('Hello **world**.')
    const link = /!\[\]\((out\.assets\/[0-9a-f]{16}\.png)\)/.exec(md)?.[1]
    expect(link && existsSync(join(dir, link))).toBe(true)
    t.close()
  }, 60_000)

  it('a cancelled export leaves no file behind', async () => {
    const dir = tempDir()
    const { t, ids } = await threeNotes(dir)
    const out = join(dir, 'cancelled.pdf')
    const { runner, input } = job({ ids })
    const id = runner.start('notes.export', (ctx) =>
      exportNotes({
        core: t.core,
        blobs: t.blobs,
        openPrinter: () => openChromiumPrinter(),
        input,
        path: out,
        ctx,
      }),
    )
    runner.cancel(id)
    expect((await runner.settled(id)).state).toBe('cancelled')
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf') || f.includes('.partial-'))).toEqual([])
    t.close()
  }, 60_000)

  it('cleans a stored note again on export: a javascript: link saved before the check knew it never reaches the file', async () => {
    const dir = tempDir()
    const t = openTestNotes(dir)
    const [id] = await t.core.addNotes([
      { title: 'Old', html: '<p>old <a href="https://ok.cn">ok</a></p>', notebookId: null },
    ])
    // As a note saved by an older Paperdesk holds it (the fast check of the time let it through).
    const bad = '<p>old <a href="javascript&colon;alert(1)">bad</a> <a href="https://ok.cn">ok</a></p>'
    t.store.db.prepare('UPDATE note_body SET html = ? WHERE note_id = ?').run(bad, id)
    expect(t.core.notes.get(id!).html).toContain('javascript&colon;')
    for (const format of ['md', 'html'] as const) {
      const out = join(dir, `old.${format}`)
      const { runner, input } = job({ ids: [id!], format })
      const jobId = runner.start('notes.export', (ctx) =>
        exportNotes({
          core: t.core,
          blobs: t.blobs,
          openPrinter: () => openChromiumPrinter(),
          input,
          path: out,
          ctx,
        }),
      )
      expect((await runner.settled(jobId)).state).toBe('done')
      const written = readFileSync(out, 'utf8')
      expect(written).toContain('https://ok.cn')
      expect(written).not.toMatch(/javascript/i)
    }
    t.close()
  })
})
