import { writeFileSync } from 'node:fs'
import type { SupportedLocale } from '../src/shared/contract'
import { expect, test } from './fixtures'
import { shootScreen } from './support/screenshot'

// Not an assertion on pixels: pictures of the shell and settings for a person to look at.
test('screenshots of the shell and settings in both languages', async ({ app }, testInfo) => {
  const { shell, settings, page } = app
  const shoot = (name: string) => shootScreen(page, testInfo, name)

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
