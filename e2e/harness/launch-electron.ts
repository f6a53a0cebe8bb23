import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test'
import { repoRoot } from './paths'

function electronSqliteBinding(): { PAPERDESK_SQLITE_BINDING?: string } {
  if (process.env['PAPERDESK_SQLITE_BINDING']) return {}
  const { version } = JSON.parse(
    readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8'),
  ) as {
    version: string
  }
  const binding = join(repoRoot, '.cache/electron-native', version, 'better_sqlite3.node')
  if (!existsSync(binding)) {
    throw new Error(`No Electron build of better-sqlite3 at ${binding}: run \`npm start\` once to make it.`)
  }
  return { PAPERDESK_SQLITE_BINDING: binding }
}

export interface ElectronOptions {
  systemLocale?: string
}

export interface LaunchedElectron {
  app: ElectronApplication
  page: Page
  dataDir: string
  queueBackupFile(path: string | null): Promise<void>
  openedPaths(): Promise<string[]>
  backupPicks(): Promise<number>
  close(): Promise<void>
}

/** What the stubs in the main process keep between calls (on globalThis, the only shared place). */
interface E2eState {
  answers: Array<string | null>
  opened: string[]
  picks: number
}

/**
 * The first transport: the real app via Playwright's `_electron`, on a fresh data folder. Native
 * dialogs and the file manager are replaced from the main process, as Joplin's tests do.
 */
export async function launchElectron(options: ElectronOptions = {}): Promise<LaunchedElectron> {
  const locale = options.systemLocale ?? 'en-US'
  const dataDir = mkdtempSync(join(tmpdir(), 'paperdesk-e2e-data-'))
  let app: ElectronApplication | undefined
  const close = async () => {
    await app?.close().catch(() => undefined)
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    app = await electron.launch({
      cwd: repoRoot,
      // '.' so Electron reads package.json (name, version, main) as the installed app does.
      args: ['.', '--data-dir', dataDir, `--lang=${locale}`],
      env: {
        ...process.env,
        PAPERDESK_DATA_DIR: dataDir,
        PAPERDESK_SYSTEM_LOCALE: locale,
        // `npm start` builds better-sqlite3 for Electron's ABI here; node_modules' copy is Node's.
        ...electronSqliteBinding(),
        // For anything in Chromium that reads the OS locale itself.
        LANG: `${locale.replace('-', '_')}.UTF-8`,
        LC_ALL: `${locale.replace('-', '_')}.UTF-8`,
        LC_MESSAGES: `${locale.replace('-', '_')}.UTF-8`,
        LANGUAGE: locale.replace('-', '_'),
      },
      locale,
    })
    await app.evaluate(({ dialog, shell }) => {
      const state: E2eState = { answers: [], opened: [], picks: 0 }
      ;(globalThis as unknown as { __paperdeskE2e: E2eState }).__paperdeskE2e = state
      dialog.showOpenDialog = (async () => {
        state.picks++
        const path = state.answers.length > 0 ? state.answers.shift() : null
        return { canceled: !path, filePaths: path ? [path] : [] }
      }) as typeof dialog.showOpenDialog
      shell.openPath = async (path: string) => {
        state.opened.push(path)
        return ''
      }
    })
    const page = await app.firstWindow()
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: 20_000 })
    const started = app
    const readState = () =>
      started.evaluate(() => {
        const s = (globalThis as unknown as { __paperdeskE2e: E2eState }).__paperdeskE2e
        return { opened: [...s.opened], picks: s.picks }
      })
    return {
      app,
      page,
      dataDir,
      queueBackupFile: (path) =>
        started.evaluate((_electron, p) => {
          ;(globalThis as unknown as { __paperdeskE2e: E2eState }).__paperdeskE2e.answers.push(p)
        }, path),
      openedPaths: async () => (await readState()).opened,
      backupPicks: async () => (await readState()).picks,
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}
