import { writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { count, noteRows } from './support/notes-db'
import { pdfLines, pdfWord, pdfWords } from './support/pdf-facts'

test('imports Markdown and HTML; scripts, handlers and javascript: links never survive or run', async ({
  app,
}, testInfo) => {
  const { notes, page } = app
  await notes.open()
  const md = testInfo.outputPath('读书笔记.md')
  writeFileSync(
    md,
    '# 读书笔记\n\n- [x] 第一章\n- 第二章 **重点**\n\n<img src=x onerror="window.__pwned = 1">\n',
  )
  const html = testInfo.outputPath('page.html')
  writeFileSync(
    html,
    '<html><head><title>Web page</title><script>window.__pwned = 2</script></head><body>' +
      '<p onmouseover="window.__pwned = 3">Hover text</p><a href="javascript:window.__pwned = 4">click me</a>' +
      '<iframe src="https://example.com"></iframe><svg><script>window.__pwned = 5</script></svg></body></html>',
  )
  await app.queueOpenFiles([md, html])
  await notes.importButton.click()
  await expect(app.shell.statusToast).toContainText('Imported: 读书笔记、Web page')
  await expect(notes.itemTitles).toHaveText(['Web page', '读书笔记'])

  const rows = noteRows(app.dataDir)
  expect(rows.map((r) => r.title)).toEqual(['读书笔记', 'Web page'])
  expect(rows[0]!.html).toContain('<strong>重点</strong>')
  // Tags and attributes, not words: CKEditor's to-do markup has a class named "…__description".
  for (const row of rows) expect(row.html).not.toMatch(/<script|\son\w+\s*=|javascript:|<iframe|<img/i)

  await notes.openNote('Web page')
  await notes.editorReady()
  await notes.editable.getByText('Hover text').hover()
  await notes.editable.getByText('click me').click()
  await notes.openNote('读书笔记')
  await expect(notes.editable.locator('.todo-list')).toHaveCount(1)
  expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined()

  // Opening and leaving a note is not an edit, though CKEditor writes imported markup its own way.
  await notes.openNote('Web page')
  await notes.editorReady()
  await notes.openNote('读书笔记')
  await page.waitForTimeout(1500)
  expect(noteRows(app.dataDir).map((r) => r.updated_at)).toEqual(rows.map((r) => r.updated_at))
})

test('a binary or broken file is refused with a translated reason and nothing is imported', async ({
  app,
}, testInfo) => {
  const { notes, shell } = app
  await notes.open()
  const good = testInfo.outputPath('good.md')
  writeFileSync(good, '# Fine')
  const binary = testInfo.outputPath('photo.md')
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))
  await app.queueOpenFiles([good, binary])
  await notes.importButton.click()
  await expect(shell.errorToast).toContainText('photo.md is not a text file (it looks like binary data)')
  const docx = testInfo.outputPath('report.docx')
  writeFileSync(docx, 'PK\u0003\u0004 but not a zip')
  await shell.dismissToasts()
  await app.queueOpenFiles([docx])
  await notes.importButton.click()
  await expect(shell.errorToast).toContainText('report.docx is not a Word document Paperdesk can read')
  expect(count(app.dataDir, 'note')).toBe(0)
  await expect(notes.listEmpty).toBeVisible()
})

test('in Chinese the refusal reads in Chinese', async ({ app }, testInfo) => {
  const { notes, settings, shell } = app
  await settings.open()
  await settings.chooseLanguage('zh-CN')
  await notes.open()
  const binary = testInfo.outputPath('data.html')
  writeFileSync(binary, Buffer.from([0, 159, 146, 150]))
  await app.queueOpenFiles([binary])
  await notes.importButton.click()
  await expect(shell.errorToast).toContainText('data.html 不是文本文件')
})

test('a Markdown table is stored as the editor stores one, and prints with borders and its alignment', async ({
  app,
}, testInfo) => {
  const { notes, page } = app
  await notes.open()
  const md = testInfo.outputPath('价目表.md')
  writeFileSync(
    md,
    '# 价目表\n\n| Item | Qty | Price |\n|:-----|:---:|------:|\n| apple | 2 | 3.50 |\n| watermelon | 10 | 120.00 |\n',
  )
  await app.queueOpenFiles([md])
  await notes.importButton.click()
  await expect(notes.title).toHaveValue('价目表')
  const stored = noteRows(app.dataDir)[0]!.html.replace(/\n/g, '')
  expect(stored).toMatch(
    /^<figure class="table"><table><thead><tr><th>Item<\/th><th style="text-align:center;">Qty/,
  )
  expect(stored).toContain('<td style="text-align:right;">120.00</td></tr></tbody></table></figure>')

  // The editor reads it as its own table: no rewrite on opening.
  await notes.editorReady()
  await expect(notes.editable.locator('figure.table td[style*="text-align:right"]')).toHaveCount(2)

  await notes.exportButton.click()
  const dialog = page.getByTestId('export-dialog')
  const out = testInfo.outputPath('价目表.pdf')
  await app.queueSavePath(out)
  await dialog.getByTestId('export-start').click()
  await expect(dialog.getByTestId('export-done')).toContainText(out, { timeout: 30_000 })

  // Borders: four rules across the table (top, under the header, between rows, bottom) and four
  // up it (the outer sides and two between the columns), as CKEditor's table styles draw them.
  const lines = await pdfLines(out)
  expect(lines.horizontal.length).toBeGreaterThanOrEqual(4)
  expect(lines.vertical.length).toBeGreaterThanOrEqual(4)
  // Alignment: the Item column's words start together, Qty's are centred, Price's end together.
  const words = pdfWords(out)
  const w = (text: string) => pdfWord(words, text)
  expect(Math.abs(w('apple').xMin - w('watermelon').xMin)).toBeLessThan(1)
  const centre = (word: { xMin: number; xMax: number }) => (word.xMin + word.xMax) / 2
  expect(Math.abs(centre(w('2')) - centre(w('10')))).toBeLessThan(1)
  expect(Math.abs(centre(w('Qty')) - centre(w('10')))).toBeLessThan(1)
  expect(Math.abs(w('3.50').xMax - w('120.00').xMax)).toBeLessThan(1)
  expect(w('3.50').xMin - w('120.00').xMin).toBeGreaterThan(5)
})
