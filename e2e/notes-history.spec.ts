import type { Page } from '@playwright/test'
import type { PaperdeskApi } from '../src/shared/api'
import { expect, test } from './fixtures'
import { noteRows } from './support/notes-db'

test('an earlier version is listed, previewed read-only and restored (the current text kept first)', async ({
  app,
}) => {
  const { notes, page } = app
  await notes.open()
  await notes.newNote('Plan')
  await notes.typeInEditor('first draft 第一稿')
  await notes.expectSaved()
  await notes.historyButton.click()
  const dialog = page.getByTestId('history-dialog')
  await expect(dialog.getByTestId('history-empty')).toBeVisible()
  await dialog.getByTestId('history-snapshot').click()
  await expect(dialog.getByTestId('history-item')).toHaveCount(1)
  await dialog.getByTestId('history-dialog-close').click()

  await notes.editable.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('second draft 第二稿')
  await notes.expectSaved()
  expect(noteRows(app.dataDir)[0]!.text).toBe('second draft 第二稿')

  await notes.historyButton.click()
  const item = dialog.getByTestId('history-item').first()
  await expect(item).toContainText('Saved by hand')
  await item.click()
  await expect(dialog.getByTestId('history-preview')).toHaveText('first draft 第一稿')
  await expect(dialog.getByTestId('history-preview')).not.toHaveAttribute('contenteditable', 'true')
  const question = await notes.confirming(() => dialog.getByTestId('history-restore').click())
  expect(question).toContain('The current text is kept as a version first')
  await expect(dialog).toHaveCount(0)
  await expect(notes.editable).toHaveText('first draft 第一稿')
  expect(noteRows(app.dataDir)[0]!.text).toBe('first draft 第一稿')

  await notes.historyButton.click()
  await expect(dialog.getByTestId('history-item')).toHaveCount(2)
  await expect(dialog.getByTestId('history-item').first()).toContainText('Before a restore')
  await dialog.getByTestId('history-item').first().click()
  await expect(dialog.getByTestId('history-preview')).toHaveText('second draft 第二稿')
  await dialog.getByTestId('history-retention').selectOption('30')
  await dialog.getByTestId('history-dialog-close').click()
  await expect
    .poll(async () =>
      page.evaluate(() =>
        (
          globalThis as unknown as { paperdesk: { notes: { settings(): Promise<unknown> } } }
        ).paperdesk.notes.settings(),
      ),
    )
    .toEqual({ revisionRetentionDays: 30 })
})

test('trash and restore, then empty the trash for good', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await notes.newNote('Keep me')
  await notes.newNote('Throw me away')
  await notes.typeInEditor('bye')
  await notes.trashButton.click()
  await expect(notes.itemTitles).toHaveText(['Keep me'])
  await expect(notes.scope('scope-trash')).toContainText('1')
  expect(noteRows(app.dataDir).find((n) => n.title === 'Throw me away')?.trashed_at).not.toBeNull()

  await notes.scope('scope-trash').click()
  await expect(notes.itemTitles).toHaveText(['Throw me away'])
  await expect(notes.inTrashBanner).toBeVisible()
  await expect(notes.editable).toHaveAttribute('contenteditable', 'false')
  await notes.restoreButton.click()
  await expect(notes.listEmpty).toBeVisible()
  await notes.scope('scope-all').click()
  await expect(notes.itemTitles).toHaveText(['Throw me away', 'Keep me'])
  expect(noteRows(app.dataDir).every((n) => n.trashed_at === null)).toBe(true)

  await notes.openNote('Throw me away')
  await notes.trashButton.click()
  await notes.scope('scope-trash').click()
  await notes.confirming(() => page.getByTestId('empty-trash').click())
  await expect(notes.listEmpty).toBeVisible()
  expect(noteRows(app.dataDir).map((n) => n.title)).toEqual(['Keep me'])
})

test('notebooks nest, and a note moves between them and gets tags', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await notes.createNotebook('Work')
  await notes.newNote('Inside work')
  await page.getByTestId('notebook-new-inside').click()
  await page.getByTestId('notebook-name').fill('项目')
  await page.getByTestId('notebook-save').click()
  await expect(notes.notebook('项目')).toHaveAttribute('aria-current', 'true')
  await expect(notes.listEmpty).toContainText('New notes you create now go into this notebook')
  await notes.notebook('Work').click()
  await expect(notes.itemTitles).toHaveText(['Inside work'])
  await notes.notebookSelect.selectOption({ label: '\u2003项目' })
  await notes.tagInput.fill('计划')
  await notes.tagInput.press('Enter')
  await expect(page.getByTestId('tag-item')).toHaveText(['#计划1'])
  await notes.notebook('项目').click()
  await expect(notes.itemTitles).toHaveText(['Inside work'])
  // The parent notebook lists the notes of the notebooks inside it.
  await notes.notebook('Work').click()
  await expect(notes.itemTitles).toHaveText(['Inside work'])
})

/** The texts of a note's revisions, newest first, read through the contract. */
async function revisionTexts(page: Page, title: string): Promise<string[]> {
  return page.evaluate(async (title) => {
    const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
    const { notes } = await api.list({ scope: { kind: 'all' }, sort: 'updated' })
    const note = notes.find((n) => n.title === title)
    if (!note) return []
    const revisions = await api.revisions({ noteId: note.id })
    return Promise.all(revisions.map(async (r) => (await api.revision({ id: r.id })).html))
  }, title)
}

test('leaving a note keeps it in its history as it was left', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await notes.newNote('Other')
  await notes.newNote('Plan')
  await notes.typeInEditor('The plan, finished.')
  await notes.openNote('Other')
  await expect.poll(() => revisionTexts(page, 'Plan')).toEqual(['<p>The plan, finished.</p>'])
  // Opening and leaving it again without an edit keeps nothing new.
  await notes.openNote('Plan')
  await notes.openNote('Other')
  await notes.openNote('Plan')
  expect(await revisionTexts(page, 'Plan')).toEqual(['<p>The plan, finished.</p>'])
})

test('a pause after a burst of edits keeps the note in its history', async ({ app }) => {
  const { notes, page } = app
  await page.clock.install()
  await notes.open()
  await notes.newNote('Diary')
  await notes.typeInEditor('Eight minutes of work, all of it kept.')
  await notes.expectSaved()
  expect(await revisionTexts(page, 'Diary')).toEqual([])
  // Two minutes without an edit.
  await page.clock.fastForward('02:01')
  await expect
    .poll(() => revisionTexts(page, 'Diary'))
    .toEqual(['<p>Eight minutes of work, all of it kept.</p>'])
})
