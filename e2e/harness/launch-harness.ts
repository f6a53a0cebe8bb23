import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { startBackupSchedule } from '../../src/main/backup-schedule'
import { startImageIndexing } from '../../src/main/core/ocr/background-index'
import { openCore, type Core } from '../../src/main/core/open-core'
import { HarnessPlatform, type HarnessPlatformOptions } from '../../src/main/core/harness-platform'
import { INVOKE_BINDING, pageApiScript } from './page-api-script'
import { appVersion } from '../../src/cli/run-cli'
import { CHROMIUM_ARGS } from '../../src/main/core/pdf/chromium-printer'
import { rendererDir } from './paths'
import { rendererSnapshot } from './renderer-snapshot'
import { serveRenderer, type RendererServer } from './serve-renderer'

export const CHROMIUM_PATH = process.env['PAPERDESK_CHROMIUM'] || '/usr/bin/chromium'

/** Each launch step fails on its own well inside a test's 30 s, so the harness can clean up. */
const STEP_TIMEOUT_MS = 10_000

export interface HarnessOptions extends Pick<HarnessPlatformOptions, 'onOpenPath' | 'onPickBackupFile'> {
  /** OS locale tag the app sees (platform, navigator.language, Chromium UI). Default `en-US`. */
  systemLocale?: string
  /** Keep the data in this folder (created if needed, never removed); default a fresh temp folder. */
  dataDir?: string
  /** Runs on the data folder before the app opens it (e.g. to plant a damaged row). */
  seed?: (dataDir: string) => void
  /** Runs the daily automatic backup as Electron's main does (off by default in tests). */
  autoBackup?: boolean
  /** Reads the pictures of notes for search once quiet, as Electron's main does (off by default in tests). */
  imageIndexing?: boolean | { quietMs: number }
  headless?: boolean
  colorScheme?: 'light' | 'dark'
}

export interface Harness {
  page: Page
  context: BrowserContext
  core: Core
  platform: HarnessPlatform
  dataDir: string
  url: string
  /** Closes the browser, the core and the server, and removes temp folders. Safe to call twice. */
  close(): Promise<void>
}

/**
 * The second transport of the contract: the built renderer in Chromium, with `window.paperdesk`
 * built by `buildApi` and each call forwarded by a Playwright binding to a real core (real SQLite)
 * in this process. Only the Electron shell is swapped out.
 */
export async function launchHarness(options: HarnessOptions = {}): Promise<Harness> {
  const built = rendererDir()
  if (!existsSync(join(built, 'index.html'))) {
    throw new Error(`No built renderer at ${built}. Run \`npx electron-vite build\` first.`)
  }
  // Headed, serve the build itself (a rebuild + reload shows the change); tests use a snapshot.
  const root = options.headless === false ? built : await rendererSnapshot(built)
  const locale = options.systemLocale ?? 'en-US'
  const tempDirs: string[] = []
  const makeTemp = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix))
    tempDirs.push(dir)
    return dir
  }
  const dataDir = options.dataDir ?? makeTemp('paperdesk-e2e-data-')
  options.seed?.(dataDir)
  const cleanups: Array<() => unknown> = []
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup()
      } catch (error) {
        console.error('harness cleanup failed:', error)
      }
    }
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  }

  try {
    const platform = new HarnessPlatform({ ...options, systemLocale: locale, appVersion: appVersion() })
    const core = openCore({ dataDir, platform })
    cleanups.push(() => core.close())
    if (options.autoBackup) {
      const stop = startBackupSchedule(
        () => core.store.backupIfDue(),
        () => undefined, // the renderer shows the failure; that is what is under test
      )
      cleanups.push(stop)
    }

    if (options.imageIndexing) {
      const quiet = typeof options.imageIndexing === 'object' ? options.imageIndexing : {}
      cleanups.push(
        startImageIndexing(
          { ocr: core.doors.ocr, idleMs: () => core.idleMs(), calls: () => core.calls() },
          quiet,
        ),
      )
    }

    const server: RendererServer = await serveRenderer(root, core.assets)
    cleanups.push(() => server.close())
    platform.setAssetBaseUrl(server.assetBaseUrl)

    const context = await chromium.launchPersistentContext(makeTemp('paperdesk-e2e-profile-'), {
      executablePath: CHROMIUM_PATH,
      headless: options.headless ?? true,
      args: [...CHROMIUM_ARGS, `--lang=${locale}`],
      locale,
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.headless === false ? null : { width: 1280, height: 800 },
      serviceWorkers: 'block',
      timeout: STEP_TIMEOUT_MS,
      // Headed, the caller shuts down in order on Ctrl+C (browser, then core); Playwright's own
      // handlers would kill the browser and exit first, leaving the database open.
      ...(options.headless === false
        ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }
        : {}),
    })
    // Closing may race with the user closing the window (headed) or Chromium exiting on its own.
    let browserGone = false
    context.once('close', () => (browserGone = true))
    cleanups.push(() =>
      context.close().catch((error: unknown) => {
        if (!browserGone && !String(error).includes('has been closed')) throw error
      }),
    )

    // Like Electron's sender-frame check: only the app's own top frame may call the core.
    await context.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, input: unknown) => {
      const fromApp =
        source.frame === source.page.mainFrame() && sameOrigin(source.frame.url(), server.origin)
      if (!fromApp) return { ok: false, error: { code: 'FORBIDDEN', message: 'not the app frame' } }
      return core.call(String(channel), input)
    })
    await context.addInitScript({ content: pageApiScript() })

    const page = context.pages()[0] ?? (await context.newPage())
    const url = `${server.origin}/index.html`
    const response = await page.goto(url, { timeout: STEP_TIMEOUT_MS })
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()} (serving ${root})`)
    await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout: STEP_TIMEOUT_MS })
    return { page, context, core, platform, dataDir, url, close }
  } catch (error) {
    await close()
    throw error
  }
}

/** Whole-origin comparison: `http://127.0.0.1:4000` is not `http://127.0.0.1:40001`. */
export function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin
  } catch {
    return false
  }
}
