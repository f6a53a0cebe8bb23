import { beforeEach, describe, expect, it, vi } from 'vitest'

// The whole of Electron, faked just enough to run index.ts's lifecycle in plain Node.
const h = vi.hoisted(() => {
  const order: string[] = []
  const appListeners = new Map<string, (...args: unknown[]) => void>()
  const windows: FakeWindow[] = []
  type FakeWindow = {
    options: Record<string, unknown>
    listeners: Map<string, Array<(...args: unknown[]) => void>>
    webContents: {
      id: number
      getURL: () => string
      isLoading: () => boolean
      isDestroyed: () => boolean
      isCrashed: () => boolean
      once: ReturnType<typeof vi.fn>
      executeJavaScript: ReturnType<typeof vi.fn>
    }
    [k: string]: unknown
  }
  let ready: () => void = () => {}
  const app = {
    isPackaged: true,
    getPath: vi.fn(() => '/home/u/.config/Paperdesk'),
    setPath: vi.fn(() => order.push('setPath')),
    enableSandbox: vi.fn(() => order.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => (order.push('lock'), true)),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
    getVersion: () => '0.1.0',
    getPreferredSystemLanguages: () => ['zh-CN'],
    getLocale: () => 'zh-CN',
  }
  const BrowserWindow = vi.fn(function (options: Record<string, unknown>) {
    const listeners = new Map<string, Array<(...args: unknown[]) => void>>()
    const add = (n: string, l: (...args: unknown[]) => void) =>
      listeners.set(n, [...(listeners.get(n) ?? []), l])
    const win: FakeWindow = {
      options,
      listeners,
      on: add,
      once: add,
      close: vi.fn(),
      show: vi.fn(),
      focus: vi.fn(),
      restore: vi.fn(),
      maximize: vi.fn(),
      isMinimized: () => false,
      isDestroyed: () => false,
      isMaximized: () => false,
      getNormalBounds: () => ({ x: 1, y: 2, width: 800, height: 600 }),
      loadURL: vi.fn(() => Promise.resolve()),
      webContents: {
        id: windows.length + 1,
        getURL: () => 'app://paperdesk/index.html#/notes',
        isLoading: () => false,
        isDestroyed: () => false,
        isCrashed: () => false,
        once: vi.fn(),
        executeJavaScript: vi.fn(() => Promise.resolve()),
      },
    }
    windows.push(win)
    return win
  })
  const menus: unknown[] = []
  const electron = {
    app,
    BrowserWindow,
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })), showErrorBox: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    shell: { openPath: vi.fn(() => Promise.resolve('')), openExternal: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('schemes')),
      handle: vi.fn(),
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), on: vi.fn(), removeAllListeners: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((t: unknown) => t),
      setApplicationMenu: vi.fn((m: unknown) => menus.push(m)),
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
  }
  const settings = { locale: 'system' as string, theme: 'system' as string }
  const core = {
    settings: {
      get: vi.fn(() => ({ locale: settings.locale, theme: settings.theme })),
      read: vi.fn(() => undefined),
      write: vi.fn(),
    },
    store: { backupIfDue: vi.fn(() => Promise.resolve(null)) },
    assets: { serveUrl: vi.fn() },
    jobs: { cancelAll: vi.fn(() => Promise.resolve()) },
    call: vi.fn(),
    calls: vi.fn(() => 0),
    idleMs: vi.fn(() => 0),
    doors: {
      ocr: { indexNoteImages: vi.fn(), noteImagesPending: vi.fn(() => 0), indexing: vi.fn(() => false) },
    },
    close: vi.fn(),
  }
  const openCore = vi.fn((_options: { onSettingsChanged: () => void; dataDir: string }) => core)
  return { order, appListeners, windows, menus, electron, core, settings, openCore, fireReady: () => ready() }
})

vi.mock('electron', () => h.electron)
vi.mock('./core/open-core', () => ({ openCore: h.openCore }))
const useSqliteBinding = vi.hoisted(() => vi.fn())
vi.mock('./core/db/connection', () => ({ useSqliteBinding }))

type MenuItem = { id?: string; label?: string; submenu?: MenuItem[]; click?: () => void }
const find = (items: MenuItem[], id: string): MenuItem | undefined =>
  items.flatMap((i) => [i, ...(i.submenu ?? [])]).find((i) => i.id === id)

async function boot(argv: string[] = []): Promise<void> {
  vi.resetModules()
  process.argv = ['electron', '.', ...argv]
  await import('./index')
  h.fireReady()
  await new Promise((r) => setTimeout(r, 0))
}

describe('main process lifecycle', () => {
  const argv = process.argv
  beforeEach(() => {
    vi.clearAllMocks()
    h.order.length = 0
    h.windows.length = 0
    h.menus.length = 0
    h.settings.locale = 'system'
    h.settings.theme = 'system'
    process.argv = argv
  })

  it('moves userData to --data-dir before taking the lock, and registers schemes before ready', async () => {
    await boot(['--data-dir', '/tmp/pd-data'])
    expect(h.electron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/pd-data')
    expect(h.order.indexOf('setPath')).toBeLessThan(h.order.indexOf('lock'))
    expect(h.order.indexOf('schemes')).toBeLessThan(h.order.indexOf('lock'))
    expect(h.electron.app.enableSandbox).toHaveBeenCalled()
    expect(h.openCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/tmp/pd-data' }))
  })

  it('keeps userData where it is when no data folder is given', async () => {
    await boot()
    expect(h.electron.app.setPath).not.toHaveBeenCalled()
    expect(h.openCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: '/home/u/.config/Paperdesk' }))
  })

  it('quits at once when another instance holds the lock', async () => {
    h.electron.app.requestSingleInstanceLock.mockReturnValueOnce(false)
    vi.resetModules()
    await import('./index')
    expect(h.electron.app.quit).toHaveBeenCalled()
    expect(h.electron.app.whenReady).not.toHaveBeenCalled()
  })

  it('on ready: denies permissions, serves app://, binds IPC, builds the menu, opens one secure window', async () => {
    await boot()
    const ses = h.electron.session.defaultSession
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled()
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled()
    expect(h.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(h.electron.protocol.handle).toHaveBeenCalledWith('paperdesk-asset', expect.any(Function))
    expect(h.electron.ipcMain.handle).toHaveBeenCalledWith('paperdesk:app.info', expect.any(Function))
    // The preload's report of dropped files: the only paths the page may name.
    expect(h.electron.ipcMain.on).toHaveBeenCalledWith('paperdesk-files:dropped', expect.any(Function))
    expect(h.windows).toHaveLength(1)
    const win = h.windows[0]!
    expect(win['loadURL']).toHaveBeenCalledWith('app://paperdesk/index.html')
    expect((win.options['webPreferences'] as Record<string, unknown>)['sandbox']).toBe(true)
    expect(h.core.store.backupIfDue).toHaveBeenCalledTimes(1)
  })

  it('labels the menu in the OS language for "system", and rebuilds it when settings change', async () => {
    await boot()
    expect((h.menus.at(-1) as MenuItem[])[0]?.label).toBe('文件')
    h.settings.locale = 'en'
    h.openCore.mock.calls[0]![0].onSettingsChanged()
    expect((h.menus.at(-1) as MenuItem[])[0]?.label).toBe('File')
  })

  it('makes the native theme follow the theme setting', async () => {
    h.settings.theme = 'dark'
    await boot()
    expect(h.electron.nativeTheme.themeSource).toBe('dark')
    h.settings.theme = 'light'
    h.openCore.mock.calls[0]![0].onSettingsChanged()
    expect(h.electron.nativeTheme.themeSource).toBe('light')
  })

  it('Menu → Settings moves the page to #/settings with a constant script', async () => {
    await boot()
    find(h.menus.at(-1) as MenuItem[], 'settings')!.click!()
    expect(h.windows[0]!.webContents.executeJavaScript).toHaveBeenCalledWith("location.hash = '#/settings'")
  })

  it('Menu → Settings waits for a window that is still loading', async () => {
    await boot()
    const contents = h.windows[0]!.webContents
    contents.isLoading = () => true
    find(h.menus.at(-1) as MenuItem[], 'settings')!.click!()
    expect(contents.executeJavaScript).not.toHaveBeenCalled()
    expect(contents.once).toHaveBeenCalledWith('did-finish-load', expect.any(Function))
    ;(contents.once.mock.calls[0]![1] as () => void)()
    expect(contents.executeJavaScript).toHaveBeenCalledWith("location.hash = '#/settings'")
  })

  it('Menu → Settings does nothing when the window shows a page that is not ours', async () => {
    await boot()
    const contents = h.windows[0]!.webContents
    contents.getURL = () => 'https://example.com/'
    find(h.menus.at(-1) as MenuItem[], 'settings')!.click!()
    expect(contents.executeJavaScript).not.toHaveBeenCalled()
  })

  it('a second instance focuses the existing window instead of opening another', async () => {
    await boot()
    h.appListeners.get('second-instance')!()
    expect(h.windows).toHaveLength(1)
    expect(h.windows[0]!['focus']).toHaveBeenCalled()
  })

  it('About shows the version, the licence and the data folder, translated', async () => {
    await boot(['--data-dir=/tmp/pd-about'])
    find(h.menus.at(-1) as MenuItem[], 'about')!.click!()
    const [, options] = h.electron.dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      { title: string; detail: string },
    ]
    expect(options.title).toBe('关于 Paperdesk')
    expect(options.detail).toContain('0.1.0')
    expect(options.detail).toContain('GPL-2.0-or-later')
    expect(options.detail).toContain('/tmp/pd-about')
  })

  it('shows a translated error and exits when the database cannot be opened', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    h.openCore.mockImplementationOnce(() => {
      throw new Error('file is not a database')
    })
    await boot()
    expect(h.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Paperdesk 无法启动',
      expect.stringContaining('file is not a database'),
    )
    expect(h.electron.app.exit).toHaveBeenCalledWith(1)
    expect(h.windows).toHaveLength(0)
    expect(consoleError).toHaveBeenCalled()
    consoleError.mockRestore()
  })

  it('still opens its window when the settings cannot be applied', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    h.core.settings.get.mockImplementationOnce(() => {
      throw new Error('no such table: setting')
    })
    await boot()
    expect(h.windows).toHaveLength(1)
    expect(h.electron.app.exit).not.toHaveBeenCalled()
    consoleError.mockRestore()
  })

  it('loads a native SQLite module named by the environment only when not packaged', async () => {
    process.env['PAPERDESK_SQLITE_BINDING'] = '/tmp/evil.node'
    try {
      h.electron.app.isPackaged = true
      await boot()
      expect(useSqliteBinding).toHaveBeenLastCalledWith(undefined)
      h.electron.app.isPackaged = false
      await boot()
      expect(useSqliteBinding).toHaveBeenLastCalledWith('/tmp/evil.node')
    } finally {
      h.electron.app.isPackaged = true
      delete process.env['PAPERDESK_SQLITE_BINDING']
    }
  })

  it('lets the renderer store unsaved edits before the window closes, with a constant script', async () => {
    await boot()
    const win = h.windows[0]!
    let finish: () => void = () => {}
    win.webContents.executeJavaScript.mockImplementationOnce(
      () => new Promise<void>((resolve) => (finish = resolve)),
    )
    const preventDefault = vi.fn()
    for (const listener of win.listeners.get('close')!) listener({ preventDefault })
    expect(preventDefault).toHaveBeenCalled()
    expect(win.webContents.executeJavaScript).toHaveBeenCalledWith(
      "typeof window.paperdeskBeforeClose === 'function' ? window.paperdeskBeforeClose() : null",
    )
    expect(win['close']).not.toHaveBeenCalled()
    finish()
    await new Promise((r) => setTimeout(r, 0))
    expect(win['close']).toHaveBeenCalled()
  })

  it('runs no script in a window that shows a page that is not ours, and still closes it', async () => {
    await boot()
    const win = h.windows[0]!
    win.webContents.getURL = () => 'https://example.com/'
    for (const listener of win.listeners.get('close')!) listener({ preventDefault: vi.fn() })
    await new Promise((r) => setTimeout(r, 0))
    expect(win.webContents.executeJavaScript).not.toHaveBeenCalled()
    expect(win['close']).toHaveBeenCalled()
  })

  it("a quit held back by the window's flush goes on once the window has closed, on macOS too", async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!
    Object.defineProperty(process, 'platform', { value: 'darwin' })
    try {
      await boot()
      h.appListeners.get('window-all-closed')!()
      expect(h.electron.app.quit).not.toHaveBeenCalled()
      h.appListeners.get('before-quit')!()
      h.appListeners.get('window-all-closed')!()
      expect(h.electron.app.quit).toHaveBeenCalled()
    } finally {
      Object.defineProperty(process, 'platform', platform)
    }
  })

  it('closes the database when the app quits', async () => {
    await boot()
    h.appListeners.get('will-quit')!()
    expect(h.core.jobs.cancelAll).toHaveBeenCalled()
    expect(h.core.close).toHaveBeenCalled()
  })
})
