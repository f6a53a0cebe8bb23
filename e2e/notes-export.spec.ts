import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Page } from '@playwright/test'
import type { PaperdeskApi } from '../src/shared/api'
import { topLevelBookmarkPages } from '../src/main/core/notes/export/outline-pages'
import { expect, FIRST_PAGE_MS, test } from './fixtures'

async function seedNotebook(page: Page) {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
    const book = await api.createNotebook({ name: '季度报告' })
    const long = Array.from(
      { length: 45 },
      (_, i) => `<p>Paragraph ${i + 1}: the quarter in numbers, with enough words to wrap.</p>`,
    ).join('')
    await api.create({
      title: 'Summary',
      html: '<h2>Highlights</h2><p>Revenue grew.</p>',
      notebookId: book.id,
    })
    await api.create({
      title: '第二章 数据',
      html: `<p>中文段落：数据库与搜索。</p>${long}`,
      notebookId: book.id,
    })
    await api.create({ title: 'Appendix', html: '<p>Sources and notes.</p>', notebookId: book.id })
  })
}

test('three notes to one PDF: TOC with page numbers, footers, page size, one bookmark per note', async ({
  app,
}, testInfo) => {
  // Four prints (the preview's two passes, then the export's) with the bundled fonts inlined.
  test.setTimeout(90_000)
  const { notes, page } = app
  await notes.open()
  await seedNotebook(page)
  await page.reload()
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  await notes.notebook('季度报告').click()
  await expect(notes.items).toHaveCount(3)
  await notes.editorReady()
  await page.keyboard.press('Control+P')
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByTestId('export-scope-list').check()
  await dialog.getByTestId('export-page-size').selectOption('A5')
  await expect(dialog.getByTestId('export-preview-page')).toHaveCount(3, { timeout: 20_000 })
  await expect(dialog.getByTestId('export-preview-page').first()).toHaveAttribute('data-rendered', 'true', {
    timeout: FIRST_PAGE_MS,
  })

  const out = testInfo.outputPath('季度报告.pdf')
  await app.queueSavePath(out)
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('export-done')).toContainText(out, { timeout: 30_000 })

  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' })
  const pages = text.split('\f').filter((p) => p.trim() !== '')
  const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' })
  const total = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  expect(pages).toHaveLength(total)
  // ISO A5 exactly (148 × 210 mm); pdfinfo names only its own rounded A5.
  expect(info).toMatch(/Page size:\s+419\.5\d* x 595\.2\d* pts/)
  expect(text).toContain('中文段落：数据库与搜索。')
  expect(text).toContain('Revenue grew.')
  expect(text).toContain(`2 / ${total}`)
  const outline = await topLevelBookmarkPages(new Uint8Array(readFileSync(out)))
  expect(outline.titles).toEqual(['Appendix', '第二章 数据', 'Summary'])
  for (const [i, title] of outline.titles.entries()) {
    const start = outline.starts[i]!
    expect(pages[0]).toMatch(new RegExp(`${title}[ .]*${start}\\s*$`, 'm'))
    expect(pages[start - 1]).toContain(title)
  }
  expect(readdirSync(dirname(out)).filter((f) => f.includes('.partial-'))).toEqual([])
})

test('cancelling the save dialog writes nothing; HTML and Markdown go through the same dialog', async ({
  app,
}, testInfo) => {
  const { notes, page } = app
  await notes.open()
  await seedNotebook(page)
  await page.reload()
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  await notes.openNote('Summary')
  await notes.exportButton.click()
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByTestId('export-format-md').check()
  await app.queueSavePath(null)
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('job-progress')).toHaveCount(0)
  const md = testInfo.outputPath('summary.md')
  await app.queueSavePath(md)
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('export-done')).toBeVisible()
  expect(readFileSync(md, 'utf8')).toBe('# Summary\n\n## Highlights\n\nRevenue grew.\n')
  await dialog.getByTestId('export-close').click()

  await notes.exportButton.click()
  await dialog.getByTestId('export-format-html').check()
  const html = testInfo.outputPath('summary.html')
  await app.queueSavePath(html)
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('export-done')).toBeVisible()
  expect(readFileSync(html, 'utf8')).toContain('<h2>Highlights</h2>')
  expect(existsSync(testInfo.outputPath('summary.pdf'))).toBe(false)
})
