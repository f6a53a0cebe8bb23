import { expect, test } from './fixtures'
import { storedSetting } from './support/database'

test('dark and light themes change the page, not just an attribute', async ({ app }) => {
  const { shell, settings, page } = app
  const html = page.locator('html')
  await settings.open()

  await settings.chooseTheme('light')
  await expect(html).toHaveAttribute('data-theme', 'light')
  const light = await shell.bodyBackground()

  await settings.chooseTheme('dark')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await expect.poll(() => shell.bodyBackground()).not.toBe(light)
  expect(storedSetting(app.dataDir, 'theme')).toBe('dark')

  await settings.chooseTheme('light')
  await expect(html).toHaveAttribute('data-theme', 'light')
  await expect.poll(() => shell.bodyBackground()).toBe(light)
  expect(storedSetting(app.dataDir, 'theme')).toBe('light')
})
