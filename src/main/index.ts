import { app, type BrowserWindow, dialog, nativeTheme, session, shell } from 'electron'
import type { SupportedLocale } from '../shared/contract'
import { translate } from '../shared/i18n'
import { startBackupSchedule } from './backup-schedule'
import { closeAfterFlush } from './close-after-flush'
import { useSqliteBinding } from './core/db/connection'
import { startImageIndexing } from './core/ocr/background-index'
import { openCore, type Core } from './core/open-core'
import { resolveDataDir } from './data-dir'
import { isTrustedIpcEvent, registerDroppedFiles, registerIpc } from './ipc'
import { preloadPath, rendererRoot } from './paths'
import { handleAppProtocol, handleAssetProtocol, registerPrivilegedSchemes } from './platform/app-protocol'
import { DroppedPaths } from './platform/dropped-paths'
import { createElectronPlatform } from './platform/electron-platform'
import { hardenSession, hardenWebContents } from './platform/harden'
import { installMenu } from './platform/menu'
import { resolveUiLocale } from './platform/system-locale'
import { createMainWindow } from './platform/window'
import { APP_INDEX_URL, isTrustedSender } from './security/trusted-origin'
import { WINDOW_STATE_KEY, WindowStateSchema } from './window-state'

const log = (message: string, error: unknown): void => console.error(`[paperdesk] ${message}:`, error)

// electron-vite dev serves the renderer over http; a packaged app never trusts that variable.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] || undefined : undefined

// Before anything touches userData: an overridden data folder holds Chromium's files too, and the
// single-instance lock lives there, so two data folders can run side by side (e2e tests do).
const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
if (dataDir.overridden) app.setPath('userData', dataDir.dir)

registerPrivilegedSchemes()
app.enableSandbox()

let core: Core | null = null
let mainWindow: BrowserWindow | null = null
let stopBackups: (() => void) | null = null
let stopIndexing: (() => void) | null = null
/** Files the user dropped on the window: the only paths the renderer may name. */
const dropped = new DroppedPaths()
/** The user asked to quit: the window's held-back close (see closeAfterFlush) ends in a quit. */
let quitting = false

function uiLocale(): SupportedLocale {
  return resolveUiLocale(core?.settings.get().locale ?? 'system')
}

/** Applies the settings main owns a part of: the menu's language and the native theme. */
function applySettings(): void {
  const settings = core?.settings.get()
  // Chromium's prefers-color-scheme and native dialogs follow the user's theme choice.
  nativeTheme.themeSource = settings?.theme ?? 'system'
  installMenu({
    locale: resolveUiLocale(settings?.locale ?? 'system'),
    isMac: process.platform === 'darwin',
    dev: !app.isPackaged,
    actions: { openSettings, openDataFolder, showAbout },
  })
}

/**
 * Menu → Settings: a same-document hash change, the way the renderer's hash router navigates.
 * The script is a constant (nothing interpolated) and runs only while our own page is shown; the
 * alternatives were a reload (loses unsaved edits) or an extra IPC listener beside the contract.
 */
const SHOW_SETTINGS_SCRIPT = "location.hash = '#/settings'"

function openSettings(): void {
  const win = showMainWindow()
  if (!win) return
  const go = (): void => {
    if (!isTrustedSender(win.webContents.getURL(), devServerUrl)) return
    win.webContents
      .executeJavaScript(SHOW_SETTINGS_SCRIPT)
      .catch((error: unknown) => log('cannot open settings', error))
  }
  // A window just (re)created on macOS has no page yet: go once it has loaded.
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', go)
  else go()
}

/**
 * Before the window closes: the renderer stores its unsaved edits (a note typed a moment ago)
 * and answers once they are stored. A constant script, run only on our own page.
 */
const FLUSH_BEFORE_CLOSE_SCRIPT =
  "typeof window.paperdeskBeforeClose === 'function' ? window.paperdeskBeforeClose() : null"

function flushRenderer(win: BrowserWindow): Promise<unknown> {
  const contents = win.webContents
  if (contents.isDestroyed() || contents.isCrashed() || !isTrustedSender(contents.getURL(), devServerUrl))
    return Promise.resolve()
  return contents.executeJavaScript(FLUSH_BEFORE_CLOSE_SCRIPT)
}

function openDataFolder(): void {
  shell
    .openPath(dataDir.dir)
    .then((problem) => problem && log('cannot open the data folder', problem))
    .catch((error: unknown) => log('cannot open the data folder', error))
}

function showAbout(): void {
  const locale = uiLocale()
  const options = {
    type: 'info' as const,
    title: translate(locale, 'menu.about'),
    message: translate(locale, 'app.name'),
    detail: translate(locale, 'menu.aboutDetail', { version: app.getVersion(), dataDir: dataDir.dir }),
    buttons: [translate(locale, 'menu.ok')],
  }
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null
  ;(win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch((error: unknown) =>
    log('cannot show the about dialog', error),
  )
}

function showMainWindow(): BrowserWindow | null {
  if (!core) return null
  if (!mainWindow || mainWindow.isDestroyed()) {
    const settings = core.settings
    mainWindow = createMainWindow({
      preload: preloadPath,
      url: devServerUrl ?? APP_INDEX_URL,
      savedState: settings.read(WINDOW_STATE_KEY, WindowStateSchema),
      saveState: (state) => settings.write({ [WINDOW_STATE_KEY]: state }),
      log,
    })
    const win = mainWindow
    closeAfterFlush(win, () => flushRenderer(win), log)
    mainWindow.on('closed', () => (mainWindow = null))
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
  return mainWindow
}

function start(): void {
  hardenSession(session.defaultSession)
  handleAppProtocol(rendererRoot)
  // `npm start` runs the app from the repo with an Electron-ABI build of better-sqlite3 beside it;
  // a packaged app never loads a native module named by its environment.
  useSqliteBinding(app.isPackaged ? undefined : process.env['PAPERDESK_SQLITE_BINDING'])
  try {
    core = openCore({
      dataDir: dataDir.dir,
      platform: createElectronPlatform({ locale: uiLocale, window: () => mainWindow, dropped }),
      onSettingsChanged: applySettings,
      log,
    })
  } catch (error) {
    log('cannot open the database', error)
    const locale = resolveUiLocale('system')
    const message = error instanceof Error ? error.message : String(error)
    dialog.showErrorBox(
      translate(locale, 'dialogs.startFailedTitle'),
      translate(locale, 'dialogs.startFailed', { dataDir: dataDir.dir, message }),
    )
    app.exit(1)
    return
  }
  const { store } = core
  handleAssetProtocol(core.assets)
  registerIpc(core.call, (event) => isTrustedIpcEvent(event, mainWindow, devServerUrl))
  registerDroppedFiles(dropped, (event) => isTrustedIpcEvent(event, mainWindow, devServerUrl))
  // Settings that cannot be read fall back to defaults (the renderer says so); nothing here may
  // keep the window from opening.
  try {
    applySettings()
  } catch (error) {
    log('cannot apply the settings', error)
  }
  showMainWindow()
  stopBackups = startBackupSchedule(() => store.backupIfDue(), log)
  // Pictures in notes are read for search once the app is quiet (in the OCR worker, never in the way).
  const started = core
  stopIndexing = startImageIndexing(
    { ocr: started.doors.ocr, idleMs: () => started.idleMs(), calls: () => started.calls() },
    { log },
  )
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => showMainWindow())
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerUrl, log))
  // A close held back to store unsaved edits cancels a quit under way; the quit resumes here.
  app.on('before-quit', () => (quitting = true))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit()
  })
  app.on('activate', () => showMainWindow())
  app.on('will-quit', () => {
    stopBackups?.()
    stopIndexing?.()
    // Running exports and batches stop; each removes its own temp files.
    void core?.jobs.cancelAll()
    core?.close()
    core = null
  })
  app.whenReady().then(start, (error: unknown) => log('app failed to become ready', error))
}
