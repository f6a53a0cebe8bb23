import type { Locator, Page } from '@playwright/test'
import type { LocaleChoice, ThemeChoice } from '../../src/shared/contract'
import type { ShellPage } from './shell-page'

/** Settings: language, theme, the data folder and backups. */
export class SettingsPage {
  readonly root: Locator
  readonly language: Locator
  readonly theme: Locator
  readonly dataDir: Locator
  readonly openDataFolderButton: Locator
  readonly backupNowButton: Locator
  readonly restoreFromFileButton: Locator
  readonly backupList: Locator
  readonly backupItems: Locator
  readonly backupEmpty: Locator

  constructor(
    readonly page: Page,
    private readonly shell: ShellPage,
  ) {
    this.root = page.getByTestId('page-settings')
    this.language = page.getByTestId('settings-language')
    this.theme = page.getByTestId('settings-theme')
    this.dataDir = page.getByTestId('data-dir')
    this.openDataFolderButton = page.getByTestId('open-data-folder')
    this.backupNowButton = page.getByTestId('backup-now')
    this.restoreFromFileButton = page.getByTestId('restore-from-file')
    this.backupList = page.getByTestId('backup-list')
    this.backupItems = this.backupList.getByTestId('backup-item')
    this.backupEmpty = page.getByTestId('backup-empty')
  }

  async open(): Promise<void> {
    await this.shell.goTo('settings')
  }

  async chooseLanguage(choice: LocaleChoice): Promise<void> {
    await this.language.selectOption(choice)
  }

  async chooseTheme(choice: ThemeChoice): Promise<void> {
    await this.theme.selectOption(choice)
  }

  backupItem(name: string): Locator {
    return this.backupList.locator(`[data-testid="backup-item"][data-name="${name}"]`)
  }

  async backupNames(): Promise<string[]> {
    return (
      await this.backupItems.evaluateAll((items) => items.map((i) => i.getAttribute('data-name')))
    ).filter((n): n is string => n !== null)
  }

  /** Clicks a backup's Restore and accepts the confirmation; returns the confirm text. */
  async restoreBackup(name: string): Promise<string> {
    const dialog = this.page.waitForEvent('dialog')
    const click = this.backupItem(name).getByTestId('backup-restore').click()
    const confirm = await dialog
    const text = confirm.message()
    await confirm.accept()
    await click
    return text
  }
}
