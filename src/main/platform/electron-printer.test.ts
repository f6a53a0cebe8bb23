import { existsSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => {
  const loaded: string[] = []
  const webContents = {
    on: vi.fn(),
    setWindowOpenHandler: vi.fn(),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
    executeJavaScriptInIsolatedWorld: vi.fn(async () => undefined),
  }
  const windows: Array<{ options: unknown; destroyed: boolean }> = []
  class BrowserWindow {
    webContents = webContents
    destroyed = false
    constructor(readonly options: unknown) {
      windows.push(this)
    }
    async loadFile(file: string) {
      loaded.push(file)
    }
    isDestroyed() {
      return this.destroyed
    }
    destroy() {
      this.destroyed = true
    }
  }
  const printSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  }
  return {
    BrowserWindow,
    session: { fromPartition: vi.fn(() => printSession) },
    loaded,
    windows,
    webContents,
    printSession,
  }
})
vi.mock('electron', () => electron)

import { openElectronPrinter } from './electron-printer'

const job = {
  html: '<h1>x</h1>',
  pageSize: 'A4' as const,
  landscape: true,
  marginMm: { top: 25.4, right: 12.7, bottom: 25.4, left: 12.7 },
  footerTemplate: '<span class="pageNumber"></span>',
  outline: true,
}

describe('openElectronPrinter', () => {
  beforeEach(() => {
    electron.loaded.length = 0
    electron.windows.length = 0
  })

  it('waits for fonts and images from an isolated world before printing', async () => {
    const { openElectronPrinter } = await import('./electron-printer')
    const printer = await openElectronPrinter()
    await printer.print(job)
    expect(electron.webContents.executeJavaScriptInIsolatedWorld).toHaveBeenCalledWith(expect.any(Number), [
      { code: expect.stringContaining('document.fonts.ready') },
    ])
    await printer.close()
  })

  it('prints in a hidden window without JavaScript, in a private session', async () => {
    const printer = await openElectronPrinter()
    const pdf = await printer.print(job)
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake')
    const options = electron.windows[0]?.options as { show: boolean; webPreferences: Record<string, unknown> }
    expect(options.show).toBe(false)
    expect(options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true })
    expect(electron.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        // A4 by its exact size in inches, not by name (Chromium rounds a named size).
        pageSize: { width: 210 / 25.4, height: 297 / 25.4 },
        landscape: true,
        margins: { top: 1, right: 0.5, bottom: 1, left: 0.5 },
        displayHeaderFooter: true,
        generateDocumentOutline: true,
      }),
    )
    // The temp page is gone after the job; the window after close.
    expect(existsSync(electron.loaded[0] as string)).toBe(false)
    await printer.close()
    expect(electron.windows[0]?.destroyed).toBe(true)
  })

  it('lets the page load only itself and data: URLs', async () => {
    const printer = await openElectronPrinter()
    const filter = electron.printSession.webRequest.onBeforeRequest.mock.calls.at(-1)?.[0] as (
      d: { url: string },
      cb: (r: { cancel: boolean }) => void,
    ) => void
    await printer.print(job)
    const page = `file://${electron.loaded[0]}`
    const answer = (url: string) => {
      let cancel = false
      filter({ url }, (r) => (cancel = r.cancel))
      return cancel
    }
    expect(answer(page)).toBe(false)
    expect(answer('data:image/png;base64,AAAA')).toBe(false)
    expect(answer('https://example.com/x.png')).toBe(true)
    expect(answer('file:///etc/passwd')).toBe(true)
    await printer.close()
  })
})
