import { expect, test } from './fixtures'
import { noteRows, setTrashedBehindApp } from './support/notes-db'

/** What main calls (webContents.executeJavaScript) when the window is asked to close. */
type BeforeClose = { paperdeskBeforeClose: () => Promise<void> }

// Issue 18, item 1: whatever way the user leaves a note within the autosave delay, what they
// typed is stored, and "saved" is shown only for text that is stored.

test('a new note typed and left at once for Sign by a click comes back with its text, saved', async ({
  app,
}) => {
  const { notes, shell, page } = app
  await notes.open()
  await notes.newNote('出差报销 Travel')
  await page.keyboard.press('Enter')
  await page.keyboard.type('火车票两张 two tickets')
  // No wait for the debounced save.
  await shell.nav('sign').click()
  await shell.expectCurrent('sign')
  await expect.poll(() => noteRows(app.dataDir)[0]?.title).toBe('出差报销 Travel')
  expect(noteRows(app.dataDir)[0]!.text).toBe('火车票两张 two tickets')

  await notes.open()
  await notes.editorReady()
  await expect(notes.title).toHaveValue('出差报销 Travel')
  await expect(notes.editable).toContainText('火车票两张 two tickets')
  await notes.expectSaved()
  await expect(notes.itemTitles.first()).toHaveText('出差报销 Travel')
})

test('a sentence added to a note and left at once by Ctrl+2 is kept', async ({ app }) => {
  const { notes, shell, page } = app
  await notes.open()
  await notes.newNote('Minutes')
  await notes.typeInEditor('First point.')
  await notes.expectSaved()
  await notes.typeInEditor(' Second point, typed just before leaving.')
  await page.keyboard.press('Control+2')
  await shell.expectCurrent('sign')
  await expect
    .poll(() => noteRows(app.dataDir)[0]?.text)
    .toBe('First point. Second point, typed just before leaving.')

  await page.keyboard.press('Control+1')
  await shell.expectCurrent('notes')
  await notes.editorReady()
  await expect(notes.editable).toHaveText('First point. Second point, typed just before leaving.')
  await notes.expectSaved()
})

test('leaving for Filing and Settings right after typing keeps the text each time', async ({ app }) => {
  const { notes, shell } = app
  await notes.open()
  await notes.newNote('Checklist')
  await notes.typeInEditor('one')
  await shell.goTo('filing')
  await notes.open()
  await notes.editorReady()
  await notes.typeInEditor(' two')
  await shell.goTo('settings')
  await expect.poll(() => noteRows(app.dataDir)[0]?.text).toBe('one two')
  await notes.open()
  await notes.editorReady()
  await expect(notes.editable).toHaveText('one two')
  await notes.expectSaved()
})

test('switching notes at once after typing a new note keeps its title and text', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await notes.newNote('Older')
  await notes.expectSaved()
  await notes.newNote('Newer')
  await page.keyboard.press('Enter')
  await page.keyboard.type('typed, then another note picked at once')
  await notes.itemTitles.filter({ hasText: 'Older' }).click()
  await expect(notes.title).toHaveValue('Older')
  await expect
    .poll(() => noteRows(app.dataDir).find((n) => n.title === 'Newer')?.text)
    .toBe('typed, then another note picked at once')
  await notes.openNote('Newer')
  await expect(notes.editable).toHaveText('typed, then another note picked at once')
  await notes.expectSaved()
})

test('a reload right after typing a new note keeps its title and text', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await notes.newNote('Reloaded 重新加载')
  await page.keyboard.press('Enter')
  await page.keyboard.type('typed just before the reload')
  await page.reload()
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  await notes.editorReady()
  await expect(notes.title).toHaveValue('Reloaded 重新加载')
  await expect(notes.editable).toHaveText('typed just before the reload')
  expect(noteRows(app.dataDir)[0]!.text).toBe('typed just before the reload')
})

test('picking an empty notebook at once after typing saves the note the editor closes on', async ({
  app,
}) => {
  const { notes, page } = app
  await notes.open()
  await notes.createNotebook('Empty 空')
  await notes.scope('scope-all').click()
  await notes.newNote('Kept')
  await page.keyboard.press('Enter')
  await page.keyboard.type('typed, then an empty notebook picked')
  await notes.notebook('Empty 空').click()
  await expect(page.getByTestId('note-pane-empty')).toBeVisible()
  await expect.poll(() => noteRows(app.dataDir)[0]?.text).toBe('typed, then an empty notebook picked')
  expect(noteRows(app.dataDir)[0]!.title).toBe('Kept')
})

test('closing the window waits until what was typed is stored', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await notes.newNote('Closing')
  await page.keyboard.press('Enter')
  await page.keyboard.type('typed just before the window closed')
  // What main runs when the window is asked to close; it closes the window once this settles.
  await page.evaluate(() => (globalThis as unknown as BeforeClose).paperdeskBeforeClose())
  const [row] = noteRows(app.dataDir)
  expect(row!.title).toBe('Closing')
  expect(row!.text).toBe('typed just before the window closed')
  await expect(notes.saveState).toHaveAttribute('data-state', 'saved')
})

test('closing the window from another tool waits for the save started on leaving Notes', async ({ app }) => {
  const { notes, shell, page } = app
  await notes.open()
  await notes.newNote('Left, then closed')
  await page.keyboard.press('Enter')
  await page.keyboard.type('left for Filing, then the window closed')
  await shell.nav('filing').click()
  await page.evaluate(() => (globalThis as unknown as BeforeClose).paperdeskBeforeClose())
  expect(noteRows(app.dataDir)[0]!.text).toBe('left for Filing, then the window closed')
})

test('a save that fails after leaving says so, and the text comes back unsaved, then is saved', async ({
  app,
}) => {
  const { notes, shell } = app
  await notes.open()
  await notes.newNote('Contested')
  await notes.expectSaved()
  // The CLI, on the same data folder, trashes the note while the user types in it.
  setTrashedBehindApp(app.dataDir, noteRows(app.dataDir)[0]!.id, true)
  await notes.typeInEditor('written while the note was trashed elsewhere')
  await shell.nav('sign').click()
  await expect(shell.errorToast).toContainText('“Contested” was not saved')
  expect(noteRows(app.dataDir)[0]!.text).toBe('')

  setTrashedBehindApp(app.dataDir, noteRows(app.dataDir)[0]!.id, false)
  await shell.dismissToasts()
  const saveStates = await notes.recordSaveStates()
  await notes.open()
  await notes.editorReady()
  await expect(notes.editable).toHaveText('written while the note was trashed elsewhere')
  await notes.expectSaved()
  // Shown as not saved until the retry stored it: never "saved" over text that was not.
  expect(await saveStates()).toEqual(['dirty', 'saving', 'saved'])
  expect(noteRows(app.dataDir)[0]!.text).toBe('written while the note was trashed elsewhere')
})
