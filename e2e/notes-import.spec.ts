import { writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { count, noteRows } from './support/notes-db'

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
