import { en } from '../src/shared/i18n/en'
import { zhCN } from '../src/shared/i18n/zh-CN'
import { expect, test } from './fixtures'
import { toolPages } from './pages/shell-page'

test.describe('shell', () => {
  test('shows five tools and opens each one from the sidebar', async ({ app }) => {
    const { shell } = app
    await expect(shell.navItems).toHaveCount(5)
    for (const name of toolPages) {
      await shell.goTo(name)
      await expect(shell.heading(name)).toHaveText(en[name].title)
    }
    await shell.goTo('notes')
  })

  test('keyboard shortcuts switch tools', async ({ app }) => {
    const { shell, page } = app
    await shell.goTo('notes')
    const keys = [
      ['Control+2', 'sign'],
      ['Control+3', 'filing'],
      ['Control+4', 'ocr'],
      ['Control+Comma', 'settings'],
      ['Control+1', 'notes'],
    ] as const
    for (const [key, name] of keys) {
      await page.keyboard.press(key)
      await shell.expectCurrent(name)
    }
  })

  test('an English system shows English', async ({ app }) => {
    await app.shell.expectLanguage('en')
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(en.notes.title)
  })

  test.describe('on a Chinese system', () => {
    test.use({ systemLocale: 'zh-CN' })

    test('shows Chinese by default', async ({ app }) => {
      await app.shell.expectLanguage('zh-CN')
      await app.shell.goTo('settings')
      await expect(app.shell.heading('settings')).toHaveText(zhCN.settings.title)
    })
  })
})
