import { test as base, expect, type Page } from '@playwright/test'
import { launchElectron } from './harness/launch-electron'
import { launchHarness } from './harness/launch-harness'
import { CertifyPage } from './pages/certify-page'
import { FilingPage } from './pages/filing-page'
import { NotesPage } from './pages/notes-page'
import { OcrPage } from './pages/ocr-page'
import { SettingsPage } from './pages/settings-page'
import { ShellPage } from './pages/shell-page'
import { SignPage } from './pages/sign-page'
import { databasePath } from './support/database'

export type E2eTarget = 'chromium' | 'electron'

export function e2eTarget(): E2eTarget {
  const target = process.env['PAPERDESK_E2E_TARGET'] || 'chromium'
  if (target !== 'chromium' && target !== 'electron') {
    throw new Error(`PAPERDESK_E2E_TARGET must be chromium or electron, not ${target}`)
  }
  return target
}

/** One running Paperdesk on a fresh data folder, whichever shell carries it. */
export interface PaperdeskApp {
  target: E2eTarget
  page: Page
  /** The data folder: paperdesk.sqlite and backups/ live here. */
  dataDir: string
  dbPath: string
  shell: ShellPage
  settings: SettingsPage
  filing: FilingPage
  notes: NotesPage
  sign: SignPage
  /** Digital signatures: the Certificates and Verify tabs and the export option of the Sign tool. */
  certify: CertifyPage
  /** Scan to text (OCR). */
  ocr: OcrPage
  /** The next "choose a backup file" dialog answers `path`; null means the user cancelled. */
  queueBackupFile(path: string | null): Promise<void>
  /** The next "open file" dialog (not the backup one) answers `paths`; null means cancelled. */
  queueOpenFiles(paths: string[] | null): Promise<void>
  /** The next "save as" dialog answers `path`; null means cancelled. */
  queueSavePath(path: string | null): Promise<void>
  /** Every text the app put on the OS clipboard, oldest first. */
  clipboardWrites(): Promise<string[]>
  /** Folders the app asked the OS to open, in order. */
  openedPaths(): Promise<string[]>
  /** How many times the app showed the "choose a backup file" dialog. */
  backupPicks(): Promise<number>
}

interface Fixtures {
  /** OS locale the app starts under; `test.use({ systemLocale: 'zh-CN' })`. */
  systemLocale: string
  /**
   * Prepares the data folder before the app opens it: `test.use({ seedDataDir: { seed: (dir) => … } })`
   * (wrapped in an object: Playwright would take a bare function for a fixture).
   */
  seedDataDir: { seed: (dataDir: string) => void } | null
  /** Run the daily automatic backup in the harness as the app does (the app always runs it). */
  autoBackup: boolean
  /** Read the pictures of notes in the background as the app does (the app always does); off in tests. */
  imageIndexing: boolean | { quietMs: number }
  app: PaperdeskApp
}

interface Launched extends Omit<
  PaperdeskApp,
  'shell' | 'settings' | 'notes' | 'filing' | 'sign' | 'certify' | 'ocr' | 'dbPath' | 'target'
> {
  close(): Promise<void>
}

async function launch(
  target: E2eTarget,
  systemLocale: string,
  seed: { seed: (dataDir: string) => void } | null,
  autoBackup: boolean,
  imageIndexing: boolean | { quietMs: number } = false,
): Promise<Launched> {
  const seedOption = seed ? { seed: seed.seed } : {}
  if (target === 'electron') return launchElectron({ systemLocale, ...seedOption })
  const harness = await launchHarness({ systemLocale, autoBackup, imageIndexing, ...seedOption })
  return {
    page: harness.page,
    dataDir: harness.dataDir,
    queueBackupFile: async (path) => harness.platform.queueBackupFile(path),
    queueOpenFiles: async (paths) => harness.platform.queueOpenFiles(paths),
    queueSavePath: async (path) => harness.platform.queueSavePath(path),
    clipboardWrites: async () => [...harness.platform.clipboardWrites],
    openedPaths: async () => [...harness.platform.openedPaths],
    backupPicks: async () => harness.platform.backupPicks,
    close: harness.close,
  }
}

export const test = base.extend<Fixtures>({
  systemLocale: ['en-US', { option: true }],
  seedDataDir: [null, { option: true }],
  autoBackup: [false, { option: true }],
  imageIndexing: [false, { option: true }],

  app: async ({ systemLocale, seedDataDir, autoBackup, imageIndexing }, use, testInfo) => {
    const target = e2eTarget()
    const launched = await launch(target, systemLocale, seedDataDir, autoBackup, imageIndexing)
    const { page } = launched
    const pageErrors: string[] = []
    const consoleLines: string[] = []
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`))
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`))
    const shell = new ShellPage(page)
    try {
      await use({
        target,
        page,
        dataDir: launched.dataDir,
        queueBackupFile: launched.queueBackupFile,
        queueOpenFiles: launched.queueOpenFiles,
        queueSavePath: launched.queueSavePath,
        clipboardWrites: launched.clipboardWrites,
        openedPaths: launched.openedPaths,
        backupPicks: launched.backupPicks,
        dbPath: databasePath(launched.dataDir),
        shell,
        settings: new SettingsPage(page, shell),
        filing: new FilingPage(page, shell),
        notes: new NotesPage(page, shell),
        sign: new SignPage(page, shell),
        certify: new CertifyPage(page, shell, launched),
        ocr: new OcrPage(page, shell),
      })
      if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
        await testInfo.attach('failure.png', {
          body: await page.screenshot({ fullPage: true }),
          contentType: 'image/png',
        })
      }
    } finally {
      if (consoleLines.length > 0)
        await testInfo.attach('console.txt', { body: consoleLines.join('\n'), contentType: 'text/plain' })
      await launched.close()
    }
    expect(pageErrors, 'uncaught errors in the page').toEqual([])
  },

  // Specs that use `page` get the app's window, never a second browser.
  page: async ({ app }, use) => {
    await use(app.page)
  },
})

export { expect }

/**
 * How long the first page of a PDF may take to appear: pdf.js draws in a worker thread that
 * starts (and, from source, compiles through tsx) with the first PDF opened.
 */
export const FIRST_PAGE_MS = 20_000
