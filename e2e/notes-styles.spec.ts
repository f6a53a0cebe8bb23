import type { Page } from '@playwright/test'
import type { PaperdeskApi } from '../src/shared/api'
import { expect, test } from './fixtures'
import type { NotesPage } from './pages/notes-page'
import { toolPages } from './pages/shell-page'
import { shootScreen } from './support/screenshot'

// Issue 18, item 3: a tool's stylesheets stay loaded once it has been opened; none of them may
// change another tool's layout. Notes' header is measured fresh, then after every other tool.

async function seedNote(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
    const book = await api.createNotebook({ name: '工作 Work' })
    const note = await api.create({ title: '季度计划 Quarterly plan', notebookId: book.id })
    await api.save({ id: note.id, title: '季度计划 Quarterly plan', html: '<p>本季度完成笔记导出。</p>' })
    await api.setTags({ id: note.id, tags: ['计划', 'Q3'] })
  })
}

/** Where Notes' header controls sit and how wide they are, relative to the note pane. */
async function headerLayout(notes: NotesPage) {
  await notes.editorReady()
  const box = async (testId: string) => {
    const found = await notes.page.getByTestId(testId).boundingBox()
    if (!found) throw new Error(`${testId} is not shown`)
    return found
  }
  const pane = await box('note-pane')
  const notebook = await box('note-notebook')
  const tags = await box('note-tag-input')
  const sort = await box('notes-sort')
  const title = await box('note-title')
  const round = (n: number) => Math.round(n)
  return {
    notebookWidth: round(notebook.width),
    notebookTop: round(notebook.y - pane.y),
    notebookBottom: round(notebook.y + notebook.height - pane.y),
    tagInputTop: round(tags.y - pane.y),
    tagInputMiddle: round(tags.y + tags.height / 2 - pane.y),
    tagInputLeft: round(tags.x - pane.x),
    sortWidth: round(sort.width),
    titleTop: round(title.y - pane.y),
  }
}

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`in ${locale}`, () => {
    test.use({ systemLocale: locale })

    test("Notes' header keeps its layout after every other tool has been open", async ({ app }, testInfo) => {
      const { notes, shell, page } = app
      await notes.open()
      await seedNote(page)
      await page.reload()
      await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
      const fresh = await headerLayout(notes)
      // The notebook picker and the tag input share the toolbar's row; the sort menu is compact.
      expect(fresh.tagInputMiddle).toBeGreaterThan(fresh.notebookTop)
      expect(fresh.tagInputMiddle).toBeLessThan(fresh.notebookBottom)
      expect(fresh.sortWidth).toBeLessThan(200)

      for (const tool of toolPages.filter((p) => p !== 'notes')) await shell.goTo(tool)
      await notes.open()
      expect(await headerLayout(notes)).toEqual(fresh)
      await shootScreen(page, testInfo, `notes-after-every-tool-${locale}`)
    })
  })
}
