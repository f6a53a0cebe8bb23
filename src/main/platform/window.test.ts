import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const windows: Array<{ options: Record<string, unknown>; win: FakeWindow }> = []
  type FakeWindow = ReturnType<typeof makeWindow>
  function makeWindow(options: Record<string, unknown>) {
    const listeners = new Map<string, Array<() => void>>()
    const on = (event: string, listener: () => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
    }
    return {
      on,
      once: on,
      emit: (event: string) => listeners.get(event)?.forEach((l) => l()),
      options,
      maximize: vi.fn(),
      show: vi.fn(),
      isDestroyed: () => false,
      isMaximized: vi.fn(() => false),
      getNormalBounds: vi.fn(() => ({ x: 10, y: 20, width: 900, height: 600 })),
      loadURL: vi.fn(() => Promise.resolve()),
    }
  }
  const BrowserWindow = vi.fn(function (this: unknown, options: Record<string, unknown>) {
    const win = makeWindow(options)
    windows.push({ options, win })
    return win
  })
  const displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
  return {
    windows,
    displays,
    module: {
      BrowserWindow,
      nativeTheme: { shouldUseDarkColors: false },
      screen: { getAllDisplays: () => electron.displays, getPrimaryDisplay: () => electron.displays[0] },
    },
  }
})
vi.mock('electron', () => electron.module)

import { createMainWindow, secureWebPreferences } from './window'

const PRELOAD = '/app/out/preload/index.cjs'

function open(savedState?: Parameters<typeof createMainWindow>[0]['savedState']) {
  const saveState = vi.fn()
  const log = vi.fn()
  createMainWindow({ preload: PRELOAD, url: 'app://paperdesk/index.html', savedState, saveState, log })
  const created = electron.windows.at(-1)!
  return { ...created, saveState, log }
}

describe('createMainWindow', () => {
  beforeEach(() => {
    electron.windows.length = 0
  })

  it('creates the window with exactly the secure web preferences', () => {
    const { options } = open()
    expect(options['webPreferences']).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    })
  })

  it('points the preload at the built CommonJS bundle', async () => {
    const { preloadPath } = await import('../paths')
    expect(preloadPath.replaceAll('\\', '/')).toMatch(/\/preload\/index\.cjs$/)
    expect(secureWebPreferences(preloadPath).preload).toBe(preloadPath)
  })

  it('loads the given URL and shows the window once it is ready', () => {
    const { win } = open()
    expect(win.loadURL).toHaveBeenCalledWith('app://paperdesk/index.html')
    expect(win.options['show']).toBe(false)
    win.emit('ready-to-show')
    expect(win.show).toHaveBeenCalled()
  })

  it('restores saved bounds on a visible display, and maximizes if it was', () => {
    const { options, win } = open({ x: 100, y: 50, width: 1000, height: 700, maximized: true })
    expect(options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 })
    expect(win.maximize).toHaveBeenCalled()
  })

  it('drops the position of a window saved on a display that is gone', () => {
    const { options, win } = open({ x: 3000, y: 50, width: 1000, height: 700, maximized: false })
    expect(options).toMatchObject({ width: 1000, height: 700 })
    expect(options).not.toHaveProperty('x')
    expect(options).not.toHaveProperty('y')
    expect(win.maximize).not.toHaveBeenCalled()
  })

  it('saves normal bounds and the maximized flag when the window closes', () => {
    const { win, saveState } = open()
    win.isMaximized.mockReturnValue(true)
    win.emit('close')
    expect(saveState).toHaveBeenCalledWith({ x: 10, y: 20, width: 900, height: 600, maximized: true })
  })

  it('saves after moves and resizes settle, not on every event', async () => {
    vi.useFakeTimers()
    try {
      const { win, saveState } = open()
      win.emit('move')
      win.emit('resize')
      win.emit('move')
      expect(saveState).not.toHaveBeenCalled()
      await vi.advanceTimersByTimeAsync(600)
      expect(saveState).toHaveBeenCalledTimes(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('logs instead of crashing when saving fails', () => {
    const { win, saveState, log } = open()
    saveState.mockImplementation(() => {
      throw new Error('database closed')
    })
    expect(() => win.emit('close')).not.toThrow()
    expect(log).toHaveBeenCalledWith('cannot save the window state', expect.any(Error))
  })
})
