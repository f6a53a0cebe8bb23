import { beforeEach, describe, expect, it, vi } from 'vitest'

const ipcMain = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, input: unknown) => Promise<unknown>>(),
  handle: vi.fn(),
  removeHandler: vi.fn(),
  listeners: new Map<string, (event: { returnValue?: unknown }, input: unknown) => void>(),
  on: vi.fn(),
  removeAllListeners: vi.fn(),
}))
vi.mock('electron', () => ({ ipcMain }))

import { contractManifest } from '../shared/contract'
import { contractChannels, isTrustedIpcEvent, registerDroppedFiles, registerIpc } from './ipc'
import { DroppedPaths } from './platform/dropped-paths'

ipcMain.on.mockImplementation(
  (channel: string, listener: (e: { returnValue?: unknown }, i: unknown) => void) =>
    ipcMain.listeners.set(channel, listener),
)
ipcMain.handle.mockImplementation((channel: string, handler: (e: unknown, i: unknown) => Promise<unknown>) =>
  ipcMain.handlers.set(channel, handler),
)

const expectedChannels = Object.entries(contractManifest()).flatMap(([d, names]) =>
  names.map((n) => `paperdesk:${d}.${n}`),
)

describe('registerIpc', () => {
  beforeEach(() => {
    ipcMain.handlers.clear()
    vi.clearAllMocks()
  })

  it('handles every contract channel and nothing else', () => {
    registerIpc(vi.fn(), () => true)
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...expectedChannels].sort())
    expect(contractChannels()).toContain('paperdesk:settings.update')
  })

  it('passes a trusted call, input untouched, to the core', async () => {
    const call = vi.fn(async () => ({ ok: true as const, value: { locale: 'en', theme: 'dark' } }))
    registerIpc(call, () => true)
    const result = await ipcMain.handlers.get('paperdesk:settings.update')!({}, { theme: 'dark' })
    expect(call).toHaveBeenCalledWith('paperdesk:settings.update', { theme: 'dark' })
    expect(result).toEqual({ ok: true, value: { locale: 'en', theme: 'dark' } })
  })

  it('answers an untrusted caller with FORBIDDEN and never reaches the core', async () => {
    const call = vi.fn()
    const isTrusted = vi.fn(() => false)
    registerIpc(call, isTrusted)
    const event = { senderFrame: { url: 'https://evil.example/' } }
    for (const channel of expectedChannels) {
      const result = await ipcMain.handlers.get(channel)!(event, undefined)
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } })
    }
    expect(isTrusted).toHaveBeenCalledWith(event)
    expect(call).not.toHaveBeenCalled()
  })

  it('removes its handlers when disposed', () => {
    const dispose = registerIpc(vi.fn(), () => true)
    dispose()
    expect(ipcMain.removeHandler.mock.calls.map((c) => c[0]).sort()).toEqual([...expectedChannels].sort())
  })
})

describe('isTrustedIpcEvent', () => {
  const mainFrame = { url: 'app://paperdesk/index.html#/notes', parent: null }
  const win = { isDestroyed: () => false, webContents: { id: 7 } }
  const event = (over: Record<string, unknown> = {}) => ({
    sender: { id: 7 },
    senderFrame: mainFrame,
    ...over,
  })

  it('trusts our window main frame showing app://paperdesk', () => {
    expect(isTrustedIpcEvent(event() as never, win as never)).toBe(true)
  })

  it('refuses sub-frames, other web contents, other URLs, and gone frames or windows', () => {
    expect(
      isTrustedIpcEvent(event({ senderFrame: { ...mainFrame, parent: mainFrame } }) as never, win as never),
    ).toBe(false)
    expect(isTrustedIpcEvent(event({ sender: { id: 8 } }) as never, win as never)).toBe(false)
    expect(
      isTrustedIpcEvent(
        event({ senderFrame: { url: 'https://evil.example/', parent: null } }) as never,
        win as never,
      ),
    ).toBe(false)
    expect(
      isTrustedIpcEvent(
        event({ senderFrame: { url: 'file:///x/index.html', parent: null } }) as never,
        win as never,
      ),
    ).toBe(false)
    expect(isTrustedIpcEvent(event({ senderFrame: null }) as never, win as never)).toBe(false)
    expect(isTrustedIpcEvent(event() as never, null)).toBe(false)
    expect(isTrustedIpcEvent(event() as never, { ...win, isDestroyed: () => true } as never)).toBe(false)
  })

  it('trusts the dev server only when it is configured', () => {
    const dev = event({ senderFrame: { url: 'http://localhost:5173/#/notes', parent: null } })
    expect(isTrustedIpcEvent(dev as never, win as never)).toBe(false)
    expect(isTrustedIpcEvent(dev as never, win as never, 'http://localhost:5173')).toBe(true)
  })
})

describe('registerDroppedFiles', () => {
  it('grants a dropped path only when our window reports it, and answers synchronously', () => {
    const dropped = new DroppedPaths()
    let trusted = false
    registerDroppedFiles(dropped, () => trusted)
    const report = ipcMain.listeners.get('paperdesk-files:dropped')!
    const fromElsewhere: { returnValue?: unknown } = {}
    report(fromElsewhere, '/home/u/id-card.jpg')
    expect(fromElsewhere.returnValue).toBe(false)
    expect(dropped.accepts('/home/u/id-card.jpg')).toBe(false)

    trusted = true
    const fromUs: { returnValue?: unknown } = {}
    report(fromUs, '/home/u/id-card.jpg')
    expect(fromUs.returnValue).toBe(true)
    expect(dropped.accepts('/home/u/id-card.jpg')).toBe(true)

    const junk: { returnValue?: unknown } = {}
    report(junk, { path: '/etc/passwd' })
    expect(junk.returnValue).toBe(false)
  })
})
