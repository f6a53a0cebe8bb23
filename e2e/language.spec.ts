import { zhCN } from '../src/shared/i18n/zh-CN'
import { en } from '../src/shared/i18n/en'
import { expect, test } from './fixtures'
import { storedSetting } from './support/database'

test('switching to Chinese relabels the app, persists across a reload, and switches back', async ({
  app,
}) => {
  const { shell, settings, page } = app
  await settings.open()
  await shell.expectLanguage('en')
  expect(storedSetting(app.dataDir, 'locale')).toBeUndefined()

  await settings.chooseLanguage('zh-CN')
  await shell.expectLanguage('zh-CN')
  await expect(shell.heading('settings')).toHaveText(zhCN.settings.title)
  expect(storedSetting(app.dataDir, 'locale')).toBe('zh-CN')

  await page.reload()
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached' })
  await shell.expectLanguage('zh-CN')
  await settings.open()
  await expect(settings.language).toHaveValue('zh-CN')

  await settings.chooseLanguage('en')
  await shell.expectLanguage('en')
  await expect(shell.heading('settings')).toHaveText(en.settings.title)
  expect(storedSetting(app.dataDir, 'locale')).toBe('en')
})
