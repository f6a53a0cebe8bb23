import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import type { PaperdeskApi } from '../src/shared/api'
import type { SupportedLocale } from '../src/shared/contract'
import { expect, test } from './fixtures'

// Not an assertion on pixels: pictures of the Notes page and the export dialog for a person to look at.
test('screenshots of Notes and its export dialog, in both languages and themes', async ({
  app,
}, testInfo) => {
  test.setTimeout(120_000)
  const { notes, settings, page } = app
  const dir = join(testInfo.project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  const shoot = async (name: string) => {
    const path = join(dir, `${name}.png`)
    await page.screenshot({ path })
    await testInfo.attach(name, { path, contentType: 'image/png' })
  }
  const image = await sharp({ create: { width: 480, height: 220, channels: 3, background: '#7aa7d6' } })
    .png()
    .toBuffer()
  await page.evaluate(
    async (bytes) => {
      const api = (globalThis as unknown as { paperdesk: PaperdeskApi }).paperdesk.notes
      const work = await api.createNotebook({ name: '工作 Work' })
      await api.createNotebook({ name: '项目 Projects', parentId: work.id })
      await api.createNotebook({ name: '读书 Reading' })
      const note = await api.create({ title: '季度计划 Quarterly plan', notebookId: work.id })
      const { url } = await api.putImage({ noteId: note.id, data: new Uint8Array(bytes) })
      await api.save({
        id: note.id,
        title: '季度计划 Quarterly plan',
        html:
          '<h2>目标 Goals</h2><p>本季度完成<strong>笔记导出</strong>与<mark class="marker-yellow">中文搜索</mark>。Ship PDF export and Chinese search.</p>' +
          '<ul class="todo-list"><li><label class="todo-list__label"><input type="checkbox" disabled="disabled" checked="checked"><span class="todo-list__label__description">设计数据库 Design the database</span></label></li><li><label class="todo-list__label"><input type="checkbox" disabled="disabled"><span class="todo-list__label__description">编写测试 Write the tests</span></label></li></ul>' +
          `<figure class="image"><img src="${url}" alt="chart"><figcaption>进度图 Progress</figcaption></figure>` +
          '<figure class="table"><table><thead><tr><th>任务 Task</th><th>负责人 Owner</th></tr></thead><tbody><tr><td>导出 Export</td><td>王芳</td></tr><tr><td>搜索 Search</td><td>Li Lei</td></tr></tbody></table></figure>',
      })
      await api.setTags({ id: note.id, tags: ['计划', 'Q3'] })
      await api.create({
        title: '会议纪要 Meeting notes',
        html: '<p>讨论了发布时间和测试范围。We agreed on the release date.</p>',
        notebookId: work.id,
      })
      await api.create({
        title: '读书笔记：《人月神话》',
        html: '<p>没有银弹。Adding people to a late project makes it later.</p>',
        notebookId: null,
      })
    },
    [...image],
  )

  const locales: SupportedLocale[] = ['en', 'zh-CN']
  for (const theme of ['light', 'dark'] as const) {
    await settings.open()
    await settings.chooseTheme(theme)
    for (const locale of locales) {
      await settings.open()
      await settings.chooseLanguage(locale)
      await notes.open()
      await notes.openNote('季度计划 Quarterly plan')
      await notes.editorReady()
      await expect(notes.saveState).toHaveAttribute('data-state', 'saved')
      await shoot(`notes-${locale}-${theme}`)
      await notes.searchFor(locale === 'en' ? 'export' : '中文搜索')
      await expect(notes.items.first().locator('mark').first()).toBeVisible()
      await shoot(`notes-search-${locale}-${theme}`)
      await notes.search.fill('')
      await notes.exportButton.click()
      const dialog = page.getByTestId('export-dialog')
      await dialog.getByTestId('export-scope-list').check()
      const pages = dialog.getByTestId('export-preview-page')
      await expect(pages).toHaveCount(3, { timeout: 20_000 })
      await expect(pages.last()).toHaveAttribute('data-rendered', 'true')
      await shoot(`notes-export-${locale}-${theme}`)
      await dialog.getByTestId('export-close').click()
    }
  }
  await notes.historyButton.click()
  await page.getByTestId('history-snapshot').click()
  await page.getByTestId('history-item').first().click()
  await shoot('notes-history-zh-CN-dark')
})
