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
  /** Runs on the data folder before the app opens it. */
  seed?: (dataDir: string) => void
}

export interface LaunchedElectron {
  app: ElectronApplication
  page: Page
  dataDir: string
  queueBackupFile(path: string | null): Promise<void>
  queueOpenFiles(paths: string[] | null): Promise<void>
  queueSavePath(path: string | null): Promise<void>
  openedPaths(): Promise<string[]>
  backupPicks(): Promise<number>
  clipboardWrites(): Promise<string[]>
  close(): Promise<void>
}

/** What the stubs in the main process keep between calls (on globalThis, the only shared place). */
interface E2eState {
  answers: Array<string | null>
  openAnswers: Array<string[] | null>
  saveAnswers: Array<string | null>
  opened: string[]
  clipboard: string[]
  picks: number
}

/**
 * The first transport: the real app via Playwright's `_electron`, on a fresh data folder. Native
 * dialogs and the file manager are replaced from the main process, as Joplin's tests do.
 */
export async function launchElectron(options: ElectronOptions = {}): Promise<LaunchedElectron> {
  const locale = options.systemLocale ?? 'en-US'
  const dataDir = mkdtempSync(join(tmpdir(), 'paperdesk-e2e-data-'))
  options.seed?.(dataDir)
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
    await app.evaluate(({ clipboard, dialog, shell }) => {
      const state: E2eState = {
        answers: [],
        openAnswers: [],
        saveAnswers: [],
        opened: [],
        clipboard: [],
        picks: 0,
      }
      ;(globalThis as unknown as { __paperdeskE2e: E2eState }).__paperdeskE2e = state
      // One open dialog serves both queues: the backup dialog is the one that filters for .sqlite.
      dialog.showOpenDialog = (async (...args: unknown[]) => {
        const options = args.at(-1) as { filters?: Array<{ extensions: string[] }> }
        if (options.filters?.some((f) => f.extensions.includes('sqlite'))) {
          state.picks++
          const path = state.answers.length > 0 ? state.answers.shift() : null
          return { canceled: !path, filePaths: path ? [path] : [] }
        }
        const paths = state.openAnswers.length > 0 ? state.openAnswers.shift() : null
        return { canceled: !paths, filePaths: paths ?? [] }
      }) as typeof dialog.showOpenDialog
      dialog.showSaveDialog = (async () => {
        const path = state.saveAnswers.length > 0 ? state.saveAnswers.shift() : null
        return { canceled: !path, filePath: path ?? '' }
      }) as typeof dialog.showSaveDialog
      clipboard.writeText = async (text: string) => {
        state.clipboard.push(text)
      }
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
        return { opened: [...s.opened], picks: s.picks, clipboard: [...s.clipboard] }
      })
    const push = (queue: 'answers' | 'openAnswers' | 'saveAnswers', value: unknown) =>
      started.evaluate(
        (_electron, [q, v]) => {
          const s = (globalThis as unknown as { __paperdeskE2e: Record<string, unknown[]> }).__paperdeskE2e
          s[q as string]?.push(v)
        },
        [queue, value] as const,
      )
    return {
      app,
      page,
      dataDir,
      queueBackupFile: (path) => push('answers', path),
      queueOpenFiles: (paths) => push('openAnswers', paths),
      queueSavePath: (path) => push('saveAnswers', path),
      openedPaths: async () => (await readState()).opened,
      backupPicks: async () => (await readState()).picks,
      clipboardWrites: async () => (await readState()).clipboard,
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}
