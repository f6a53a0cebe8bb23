import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SupportedLocale } from '../src/shared/contract'
import { expect, test } from './fixtures'

// Not an assertion on pixels: pictures of the shell and settings for a person to look at.
test('screenshots of the shell and settings in both languages', async ({ app }, testInfo) => {
  const { shell, settings, page } = app
  const dir = join(testInfo.project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  // The app scrolls inside its main pane, so `fullPage` alone would cut the settings off:
  // grow the viewport to the tallest scrolling content for the shot, then put it back.
  const shoot = async (name: string) => {
    const tallest = await page.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: {
            fonts: { ready: Promise<unknown> }
            querySelectorAll(s: string): Iterable<{ scrollHeight: number; clientHeight: number }>
          }
        }
      ).document
      return doc.fonts.ready.then(() =>
        Math.max(0, ...Array.from(doc.querySelectorAll('*'), (e) => e.scrollHeight - e.clientHeight)),
      )
    })
    const size = page.viewportSize() ?? { width: 1280, height: 800 }
    if (tallest > 0)
      await page.setViewportSize({ width: size.width, height: Math.min(size.height + tallest, 4000) })
    const path = join(dir, `${name}.png`)
    await page.screenshot({ path, fullPage: true })
    await page.setViewportSize(size)
    await testInfo.attach(name, { path, contentType: 'image/png' })
  }

  const locales: SupportedLocale[] = ['en', 'zh-CN']
  for (const locale of locales) {
    await settings.open()
    await settings.chooseLanguage(locale)
    await shell.expectLanguage(locale)
    await shell.goTo('notes')
    await shoot(`shell-notes-${locale}`)
    await settings.open()
    await shoot(`settings-${locale}`)
  }

  // Settings with a backup listed, a status toast and an error toast (a file that is no backup).
  await settings.backupNowButton.click()
  await expect(settings.backupItems).toHaveCount(1)
  const notABackup = testInfo.outputPath('not-a-backup.sqlite')
  writeFileSync(notABackup, 'x'.repeat(1024))
  await app.queueBackupFile(notABackup)
  await settings.restoreFromFileButton.click()
  await expect(shell.errorToast).toBeVisible()
  await shoot('settings-zh-CN-backup-and-toasts')
  await shell.dismissToasts()

  await settings.chooseTheme('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await shoot('settings-zh-CN-dark')
})
