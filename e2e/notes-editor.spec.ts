import sharp from 'sharp'
import { expect, test } from './fixtures'
import { count, noteRows } from './support/notes-db'

test('a note with Chinese and English, bold, a table and an image survives a reload', async ({
  app,
}, testInfo) => {
  const { notes, page } = app
  await notes.open()
  await expect(notes.listEmpty).toBeVisible()
  await notes.newNote('会议纪要 Meeting')
  await notes.typeInEditor('今天讨论了数据库迁移 and the English plan. ')
  await page.keyboard.press('Control+B')
  await page.keyboard.type('加粗 bold')
  await page.keyboard.press('Control+B')
  await page.keyboard.press('Enter')
  const png = testInfo.outputPath('red.png')
  await sharp({ create: { width: 120, height: 80, channels: 3, background: '#d03030' } })
    .png()
    .toFile(png)
  await notes.insertImage(png)
  const image = notes.editable.locator('img[src*="blob/"]')
  await expect(image).toHaveCount(1)
  // The new image is selected: Enter opens a paragraph after it, so the table does not replace it.
  await page.keyboard.press('Enter')
  await notes.insertTable(2, 2)
  await page.keyboard.type('单元格 cell')
  await notes.expectSaved()
  await expect(notes.count).toContainText(/\d+/)

  // Stored with the shell-independent image reference, never base64.
  const [row] = noteRows(app.dataDir)
  expect(row!.title).toBe('会议纪要 Meeting')
  expect(row!.html).toMatch(/<strong>加粗 bold<\/strong>/)
  expect(row!.html).toMatch(/src="paperdesk-asset:\/\/blob\/[0-9a-f]{64}"/)
  expect(row!.html).not.toContain('data:')
  expect(row!.text).toContain('单元格 cell')
  expect(count(app.dataDir, 'asset')).toBe(1)

  await page.reload()
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  await notes.editorReady()
  await expect(notes.title).toHaveValue('会议纪要 Meeting')
  await expect(notes.editable).toContainText('今天讨论了数据库迁移 and the English plan.')
  await expect(notes.editable.locator('p > strong')).toHaveText('加粗 bold')
  await expect(notes.editable.locator('table td').first()).toHaveText('单元格 cell')
  const reloaded = notes.editable.locator('img[src*="blob/"]')
  await expect(reloaded).toHaveCount(1)
  await expect
    .poll(() => reloaded.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(120)
})

test('a reload right after typing loses nothing', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await notes.newNote('Draft')
  await notes.expectSaved()
  await notes.typeInEditor('typed just before the reload 刚输入')
  await notes.title.fill('Draft, renamed')
  // No wait for the debounced save: the page's pagehide flush must carry it.
  await page.reload()
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  await notes.editorReady()
  await expect(notes.title).toHaveValue('Draft, renamed')
  await expect(notes.editable).toContainText('typed just before the reload 刚输入')
  expect(noteRows(app.dataDir)[0]!.text).toBe('typed just before the reload 刚输入')
})

test('switching notes saves the one being left, and only real changes are written', async ({ app }) => {
  const { notes } = app
  await notes.open()
  await notes.newNote('First')
  await notes.typeInEditor('first text')
  await notes.newNote('Second')
  await expect.poll(() => noteRows(app.dataDir).find((n) => n.title === 'First')?.text).toBe('first text')
  await notes.expectSaved()
  const before = noteRows(app.dataDir)
  await notes.openNote('First')
  await notes.openNote('Second')
  expect(noteRows(app.dataDir)).toEqual(before)
})

test('an image that is not one is refused with a translated reason', async ({ app }, testInfo) => {
  const { notes, shell } = app
  await notes.open()
  await notes.newNote('Pictures')
  const fake = testInfo.outputPath('fake.png')
  const { writeFileSync } = await import('node:fs')
  writeFileSync(fake, 'this is text, not a PNG')
  await notes.insertImage(fake)
  await expect(shell.errorToast).toContainText('it is not an image Paperdesk can read')
  await expect(notes.editable.locator('img')).toHaveCount(0)
  expect(count(app.dataDir, 'asset')).toBe(0)
})
