import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'

// Electron's security checklist (docs/tutorial/security.md, "Checklist: Security
// recommendations"), one test per item, each against the code that ships: the window and print
// window factories, the web-contents and session guards, the protocol, the IPC binding, the
// preload and the packaging config (so it sits above main and preload). Electron is faked just
// enough to capture what they ask of it. `npm run electronegativity` is the static second opinion.
const h = vi.hoisted(() => {
  const windows: Array<Record<string, unknown>> = []
  const listeners = new Map<string, (event: unknown) => void>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const webContents = {
    id: 1,
    getURL: () => 'app://paperdesk/index.html#/notes',
    on: vi.fn((name: string, listener: (event: unknown) => void) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => (openHandler = handler)),
  }
  class BrowserWindow {
    webContents = webContents
    constructor(readonly options: Record<string, unknown>) {
      windows.push(options)
    }
    on() {}
    once() {}
    maximize() {}
    isDestroyed() {
      return false
    }
    destroy() {}
    loadURL = vi.fn(() => Promise.resolve())
  }
  const session = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  })
  const exposed = new Map<string, unknown>()
  const electron = {
    BrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    session: { fromPartition: vi.fn(session) },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    ipcRenderer: { invoke: vi.fn() },
    webUtils: { getPathForFile: vi.fn(() => '') },
  }
  return {
    electron,
    windows,
    listeners,
    session,
    exposed,
    openWindow: (url: string) => openHandler!({ url }),
    webContents,
  }
})
vi.mock('electron', () => h.electron)

import { registerIpc, isTrustedIpcEvent } from './main/ipc'
import { openElectronPrinter } from './main/platform/electron-printer'
import { hardenSession, hardenWebContents } from './main/platform/harden'
import { registerPrivilegedSchemes } from './main/platform/app-protocol'
import { createMainWindow } from './main/platform/window'
import { CSP_DIRECTIVES } from './main/security/csp'
import { externalUrlToOpen } from './main/security/external-url'
import { APP_INDEX_URL } from './main/security/trusted-origin'

const root = join(__dirname, '..')
const requireFromRoot = createRequire(join(root, 'package.json'))

let mainWindow: Record<string, unknown>
let printWindow: Record<string, unknown>
const prefs = (win: Record<string, unknown>) => win['webPreferences'] as Record<string, unknown>
const bothWindows = () => [prefs(mainWindow), prefs(printWindow)]

beforeAll(async () => {
  createMainWindow({
    preload: '/app/out/preload/index.cjs',
    url: APP_INDEX_URL,
    savedState: undefined,
    saveState: vi.fn(),
    log: vi.fn(),
  })
  mainWindow = h.windows[0]!
  const printer = await openElectronPrinter()
  printWindow = h.windows[1]!
  await printer.close()
})

function fakeEvent(url: string) {
  return { url, isMainFrame: true, defaultPrevented: false, preventDefault: vi.fn() }
}

describe("Electron's security checklist", () => {
  it('1. only loads secure content: the app from app:// (secure scheme), no http(s) source in the CSP', () => {
    expect(APP_INDEX_URL).toBe('app://paperdesk/index.html')
    registerPrivilegedSchemes()
    const schemes = h.electron.protocol.registerSchemesAsPrivileged.mock.calls[0]![0] as Array<{
      scheme: string
      privileges: Record<string, boolean>
    }>
    expect(schemes.every((s) => s.privileges['secure'] === true)).toBe(true)
    const sources = Object.values(CSP_DIRECTIVES).flat()
    expect(sources.filter((s) => /^(https?:|\*)/.test(s))).toEqual([])
  })

  it('2. no Node.js integration in any renderer, worker or sub-frame', () => {
    for (const p of bothWindows()) {
      expect(p['nodeIntegration']).toBe(false)
      expect(p['nodeIntegrationInWorker'] ?? false).toBe(false)
      expect(p['nodeIntegrationInSubFrames'] ?? false).toBe(false)
    }
  })

  it('3. context isolation on', () => {
    for (const p of bothWindows()) expect(p['contextIsolation']).toBe(true)
  })

  it('4. every renderer sandboxed', () => {
    for (const p of bothWindows()) expect(p['sandbox']).toBe(true)
  })

  it('5. every permission request and check is refused, in the app session and the print session', () => {
    const appSession = h.session()
    hardenSession(appSession as never)
    const grant = vi.fn()
    const request = appSession.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void
    request({}, 'media', grant)
    expect(grant).toHaveBeenCalledWith(false)
    const print = h.electron.session.fromPartition.mock.results[0]!.value as ReturnType<typeof h.session>
    const printGrant = vi.fn()
    ;(print.setPermissionRequestHandler.mock.calls[0]![0] as (...a: unknown[]) => void)(
      {},
      'media',
      printGrant,
    )
    expect(printGrant).toHaveBeenCalledWith(false)
    expect((print.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean)()).toBe(false)
  })

  it('6. webSecurity never disabled', () => {
    for (const p of bothWindows()) expect(p['webSecurity']).toBe(true)
  })

  it('7. a Content Security Policy: scripts from the app only, no eval, no plugins, no framing', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"])
    expect(CSP_DIRECTIVES['object-src']).toEqual(["'none'"])
    expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"])
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'self'"])
  })

  it('8. allowRunningInsecureContent never enabled', () => {
    for (const p of bothWindows()) expect(p['allowRunningInsecureContent'] ?? false).toBe(false)
  })

  it('9. no experimental features', () => {
    for (const p of bothWindows()) expect(p['experimentalFeatures'] ?? false).toBe(false)
  })

  it('10. no enableBlinkFeatures (and Auxclick disabled, so a middle click opens nothing)', () => {
    for (const p of bothWindows()) {
      expect(p).not.toHaveProperty('enableBlinkFeatures')
      expect(p['disableBlinkFeatures']).toBe('Auxclick')
    }
  })

  it('11. <webview> off, so no allowpopups: the tag is disabled and any attach is prevented', () => {
    expect(prefs(mainWindow)['webviewTag']).toBe(false)
    hardenWebContents(h.webContents as never, undefined, vi.fn())
    const attach = fakeEvent('about:blank')
    h.listeners.get('will-attach-webview')!(attach)
    expect(attach.preventDefault).toHaveBeenCalled()
  })

  it('12. <webview> options and params: none can be attached to verify', () => {
    hardenWebContents(h.webContents as never, undefined, vi.fn())
    const attach = { ...fakeEvent('https://example.com/'), params: { src: 'https://example.com/' } }
    h.listeners.get('will-attach-webview')!(attach)
    expect(attach.preventDefault).toHaveBeenCalled()
  })

  it('13. navigation limited to the page itself (hash changes); everything else is prevented', () => {
    hardenWebContents(h.webContents as never, undefined, vi.fn())
    const away = fakeEvent('https://example.com/')
    h.listeners.get('will-navigate')!(away)
    expect(away.preventDefault).toHaveBeenCalled()
    const hash = fakeEvent('app://paperdesk/index.html#/settings')
    h.listeners.get('will-navigate')!(hash)
    expect(hash.preventDefault).not.toHaveBeenCalled()
  })

  it('14. no new windows: every window.open and target=_blank is denied', () => {
    hardenWebContents(h.webContents as never, undefined, vi.fn())
    for (const url of ['https://example.com/', 'app://paperdesk/index.html', 'file:///etc/passwd'])
      expect(h.openWindow(url)).toEqual({ action: 'deny' })
  })

  it('15. shell.openExternal only with allow-listed links: https and plain mailto', () => {
    expect(externalUrlToOpen('https://beian.miit.gov.cn/')).toBe('https://beian.miit.gov.cn/')
    for (const url of [
      'file:///etc/passwd',
      'http://example.com/',
      'smb://host/share',
      'javascript:alert(1)',
      'mailto:a@b.c?attach=/etc/passwd',
    ])
      expect(externalUrlToOpen(url), url).toBeNull()
  })

  it('16. a current Electron (45 or later), whose own Node line is the one CI also tests on', async () => {
    const electron = JSON.parse(readFileSync(requireFromRoot.resolve('electron/package.json'), 'utf8')) as {
      version: string
      dependencies: Record<string, string>
    }
    expect(Number(electron.version.split('.')[0])).toBeGreaterThanOrEqual(45)
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>
    }
    expect(pkg.devDependencies['electron']).toMatch(/^\^?4[5-9]\.|^\^?[5-9]\d\./)
    // Electron types its Node with @types/node of the line it embeds; CI's "Electron's Node" must match.
    // @ts-expect-error a plain .mjs script without types
    const { ELECTRON_NODE } = (await import('../scripts/node-runtime.mjs')) as { ELECTRON_NODE: string }
    const line = /\^?(\d+)\./.exec(electron.dependencies['@types/node'] ?? '')?.[1]
    expect(ELECTRON_NODE.split('.')[0]).toBe(line)
  })

  it('17. the sender of every IPC call is checked before its input is read', async () => {
    const call = vi.fn()
    const win = { isDestroyed: () => false, webContents: { id: 1 } }
    registerIpc(call, (event) => isTrustedIpcEvent(event, win as never))
    const handler = h.electron.ipcMain.handle.mock.calls[0]![1] as (
      e: unknown,
      i: unknown,
    ) => Promise<unknown>
    const subFrame = { sender: { id: 1 }, senderFrame: { url: 'app://paperdesk/index.html', parent: {} } }
    const foreign = { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } }
    for (const event of [subFrame, foreign])
      expect(await handler(event, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(call).not.toHaveBeenCalled()
  })

  it('18. a custom protocol, not file://: the app is served from app:// and file:// gets no extra privileges', () => {
    expect(APP_INDEX_URL.startsWith('app://')).toBe(true)
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
    expect(config).toMatch(/^\s+grantFileProtocolExtraPrivileges: false$/m)
    // The print window loads its temporary page from file:, with JavaScript off in its own session.
    expect(prefs(printWindow)['javascript']).toBe(false)
  })

  it('19. fuses: every fuse Electron has is set, each to its safe value, under names electron-builder knows', () => {
    const yaml = requireFromRoot('js-yaml') as { load(text: string): unknown }
    const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
      electronFuses: Record<string, boolean>
    }
    const fuses = requireFromRoot('@electron/fuses') as { FuseV1Options: Record<string, number | string> }
    const names = Object.keys(fuses.FuseV1Options)
      .filter((k) => Number.isNaN(Number(k)))
      .map((k) => k[0]!.toLowerCase() + k.slice(1))
    const safe: Record<string, boolean> = {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    }
    expect(names.sort()).toEqual(Object.keys(safe).sort())
    expect(config.electronFuses).toEqual(safe)
    // A misspelt key would be dropped by electron-builder's schema and leave its fuse at default.
    const scheme = requireFromRoot('app-builder-lib/scheme.json') as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } }
    }
    for (const key of Object.keys(safe))
      expect(scheme.definitions.FuseOptionsV1.properties).toHaveProperty(key)
  })

  it('20. no Electron API reaches the page: only the contract methods and a file-path helper', async () => {
    await import('./preload/index')
    expect([...h.exposed.keys()]).toEqual(['paperdesk', 'paperdeskFiles'])
    const exposed = JSON.stringify(Object.keys(h.exposed.get('paperdeskFiles') as object))
    expect(exposed).toBe('["pathForFile"]')
    const api = h.exposed.get('paperdesk') as Record<string, unknown>
    expect(Object.keys(api)).not.toContain('ipcRenderer')
    for (const domain of Object.values(api))
      for (const method of Object.values(domain as Record<string, unknown>))
        expect(typeof method).toBe('function')
  })
})
