import type { Page } from '@playwright/test'
import type { PaperdeskApi } from '../src/shared/api'
import { expect, test } from './fixtures'

/** Notes made through the contract, as the import would: the test is about finding them. */
async function seed(page: Page) {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
    const work = await api.createNotebook({ name: '工作' })
    await api.create({
      title: '数据库迁移方案',
      html: '<p>决定把笔记存进 SQLite，并用三元组索引搜索中文。</p>',
      notebookId: work.id,
    })
    await api.create({
      title: 'Roadmap 2025',
      html: '<p>The roadmap covers search and PDF export.</p>',
      notebookId: null,
    })
    await api.create({ title: '购物清单', html: '<p>牛奶、面包、数据线</p>', notebookId: null })
    await api.create({
      title: 'Escaping',
      html: '<p>&lt;script&gt;alert(1)&lt;/script&gt; 数据 inside</p>',
      notebookId: null,
    })
  })
}

test('search finds 2- and 4-character Chinese and English, highlighted, as the user types', async ({
  app,
}) => {
  const { notes, page } = app
  await notes.open()
  await seed(page)
  await page.reload()
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  await expect(notes.items).toHaveCount(4)

  // Two characters: below the trigram size, the LIKE path still finds every substring.
  await notes.searchFor('数据')
  await expect(notes.itemTitles).toHaveText(['数据库迁移方案', 'Escaping', '购物清单'])
  await expect(notes.items.first().locator('mark').first()).toHaveText('数据')
  // The note's own "<script>" is shown as text, never as markup.
  const escaping = notes.items.filter({ hasText: 'Escaping' }).getByTestId('note-item-snippet')
  await expect(escaping).toContainText('<script>alert(1)</script>')
  await expect(escaping.locator('script')).toHaveCount(0)

  // Four characters in the middle of a word: the trigram index.
  await notes.searchFor('引搜索中')
  await expect(notes.itemTitles).toHaveText(['数据库迁移方案'])
  await expect(notes.items.first().locator('mark')).toHaveText('引搜索中')

  await notes.searchFor('ROADMAP')
  await expect(notes.itemTitles).toHaveText(['Roadmap 2025'])
  await expect(notes.listStatus).toContainText('Notes found: 1')

  await notes.searchFor('nothing like this')
  await expect(notes.listEmpty).toContainText('No notes match “nothing like this”')

  // Within a notebook only its notes are searched; clicking a result opens it.
  await notes.search.fill('')
  await notes.notebook('工作').click()
  await notes.searchFor('数据')
  await expect(notes.itemTitles).toHaveText(['数据库迁移方案'])
  await notes.items.first().click()
  await expect(notes.title).toHaveValue('数据库迁移方案')
})

test('typing in the search box never waits for the search', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
    const body = '<p>' + '中文内容与 English words 混合。'.repeat(200) + '</p>'
    for (let i = 0; i < 300; i++) await api.create({ title: `笔记 ${i}`, html: body, notebookId: null })
  })
  await notes.search.click()
  const started = Date.now()
  await page.keyboard.type('中文内容', { delay: 0 })
  const typing = Date.now() - started
  await expect(notes.search).toHaveValue('中文内容')
  expect(typing).toBeLessThan(1000)
  await expect(notes.listStatus).toContainText('Notes found: 100')
})

test('Ctrl+Shift+F focuses the search box and Ctrl+N makes a note', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await page.keyboard.press('Control+Shift+F')
  await expect(notes.search).toBeFocused()
  await page.keyboard.press('Control+N')
  await expect(notes.items).toHaveCount(1)
  await expect(notes.title).toBeFocused()
})

test('pinyin still being composed is not searched for; the committed 备份 is', async ({ app }) => {
  const { notes, page } = app
  await notes.open()
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
    await api.create({ title: '服务器备份', html: '<p>每周日凌晨备份数据库。</p>', notebookId: null })
    await api.create({ title: '周报', html: '<p>本周完成导出功能。</p>', notebookId: null })
  })
  await page.reload()
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  await expect(notes.items).toHaveCount(2)
  const statuses = await notes.recordListStatuses()

  // What a pinyin input method does: the field holds "beifen" while the user picks characters.
  await notes.search.click()
  const ime = await page.context().newCDPSession(page)
  for (const typed of ['b', 'bei', 'beif', 'beifen'])
    await ime.send('Input.imeSetComposition', {
      text: typed,
      selectionStart: typed.length,
      selectionEnd: typed.length,
    })
  await expect(notes.search).toHaveValue('beifen')
  // Five times the search's debounce: a search for "beifen" would have answered by now.
  await page.waitForTimeout(600)
  await expect(notes.items).toHaveCount(2)
  await expect(notes.pane).toBeVisible()

  await ime.send('Input.insertText', { text: '备份' })
  await expect(notes.search).toHaveValue('备份')
  await expect(notes.itemTitles).toHaveText(['服务器备份'])
  expect((await statuses()).join('\n')).not.toContain('beifen')
})
