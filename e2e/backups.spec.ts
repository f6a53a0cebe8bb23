import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { translate } from '../src/shared/i18n'
import { expect, test } from './fixtures'
import {
  backupFiles,
  inspectSqliteFile,
  isManualBackup,
  PAPERDESK_APPLICATION_ID,
  SQLITE_HEADER,
  storedSetting,
} from './support/database'

// The Electron app makes a daily automatic backup at start-up (the harness does not), so these
// specs look at the backups they make themselves and never assume the list starts empty.
test.describe('backups', () => {
  test('“Back up now” lists a new, valid SQLite backup', async ({ app }) => {
    const { settings, shell } = app
    await settings.open()
    await expect(settings.backupList.or(settings.backupEmpty)).toBeVisible()
    if ((await settings.backupItems.count()) === 0) {
      await expect(settings.backupEmpty).toHaveText(translate('en', 'settings.noBackups'))
    }

    await settings.chooseTheme('dark')
    await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await settings.backupNowButton.click()
    await expect.poll(async () => (await settings.backupNames()).filter(isManualBackup)).toHaveLength(1)
    await expect(settings.backupEmpty).toHaveCount(0)
    const [name] = (await settings.backupNames()).filter(isManualBackup) as [string]
    await expect(shell.statusToast).toContainText(translate('en', 'settings.backupDone', { name }))

    expect(backupFiles(app.dataDir).filter(isManualBackup)).toEqual([name])
    const facts = inspectSqliteFile(join(app.dataDir, 'backups', name))
    expect(facts.header).toBe(SQLITE_HEADER)
    expect(facts.integrity).toEqual(['ok'])
    expect(facts.applicationId).toBe(PAPERDESK_APPLICATION_ID)
    expect(facts.settings['theme']).toBe('dark')
  })

  test('restoring a corrupt file shows a translated error and changes nothing', async ({ app }) => {
    const { settings, shell } = app
    await settings.open()
    await settings.chooseLanguage('zh-CN')
    await shell.expectLanguage('zh-CN')
    expect(storedSetting(app.dataDir, 'locale')).toBe('zh-CN')

    const corrupt = test.info().outputPath('corrupt.sqlite')
    writeFileSync(corrupt, randomBytes(8192))
    await app.queueBackupFile(corrupt)
    await settings.restoreFromFileButton.click()

    await expect(shell.errorToast).toBeVisible()
    await expect(shell.errorToast).toHaveAttribute('role', 'alert')
    await expect(shell.errorToast).toContainText(
      translate('zh-CN', 'errors.INVALID_BACKUP', {
        message: translate('zh-CN', 'errors.reasons.not-sqlite'),
      }),
    )
    expect(storedSetting(app.dataDir, 'locale')).toBe('zh-CN')
    const safetyCopies = backupFiles(app.dataDir).filter((f) => f.startsWith('paperdesk-pre-restore-'))
    expect(safetyCopies, 'no safety copy: the swap never started').toEqual([])
    await shell.expectLanguage('zh-CN')

    await shell.errorToast.getByTestId('toast-dismiss').click()
    await expect(shell.errorToast).toHaveCount(0)
  })

  test('restoring a real backup brings its settings back', async ({ app }) => {
    const { settings, shell, page } = app
    const html = page.locator('html')
    await settings.open()
    await settings.chooseTheme('dark')
    await expect(html).toHaveAttribute('data-theme', 'dark')
    await settings.backupNowButton.click()
    await expect.poll(async () => (await settings.backupNames()).filter(isManualBackup)).toHaveLength(1)
    const [name] = (await settings.backupNames()).filter(isManualBackup) as [string]

    await settings.chooseTheme('light')
    await expect(html).toHaveAttribute('data-theme', 'light')
    expect(storedSetting(app.dataDir, 'theme')).toBe('light')

    const confirmText = await settings.restoreBackup(name)
    expect(confirmText).toBe(translate('en', 'settings.restoreConfirm', { name }))

    await expect(html).toHaveAttribute('data-theme', 'dark')
    await expect(settings.theme).toHaveValue('dark')
    await expect(shell.statusToast.last()).toContainText(translate('en', 'settings.restoreDone', { name }))
    expect(storedSetting(app.dataDir, 'theme')).toBe('dark')

    // The database as it was just before the restore is kept as a safety copy, and listed.
    const [safety] = backupFiles(app.dataDir).filter((f) => f.startsWith('paperdesk-pre-restore-'))
    expect(safety).toBeDefined()
    await expect(settings.backupItem(safety!)).toBeVisible()
    expect(inspectSqliteFile(join(app.dataDir, 'backups', safety!)).settings['theme']).toBe('light')
    await expect(shell.errorToast).toHaveCount(0)
  })

  test('cancelling “Restore from file” does nothing', async ({ app }) => {
    const { settings, shell } = app
    await settings.open()
    await app.queueBackupFile(null)
    await settings.restoreFromFileButton.click()
    await expect.poll(() => app.backupPicks()).toBe(1)
    await expect(settings.restoreFromFileButton).toBeEnabled()

    // One more round trip, so an answer to the cancelled call would have landed by now.
    await settings.backupNowButton.click()
    await expect.poll(async () => (await settings.backupNames()).filter(isManualBackup)).toHaveLength(1)
    const [name] = (await settings.backupNames()).filter(isManualBackup) as [string]
    await expect(shell.statusToast).toHaveCount(1)
    await expect(shell.statusToast).toContainText(translate('en', 'settings.backupDone', { name }))
    await expect(shell.errorToast).toHaveCount(0)
    expect(backupFiles(app.dataDir).filter((f) => f.startsWith('paperdesk-pre-restore-'))).toEqual([])
  })
})
