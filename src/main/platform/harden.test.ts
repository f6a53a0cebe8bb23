import { beforeEach, describe, expect, it, vi } from 'vitest'

const shell = vi.hoisted(() => ({ openExternal: vi.fn(() => Promise.resolve()) }))
vi.mock('electron', () => ({ shell }))

import { hardenSession, hardenWebContents } from './harden'

type Listener = (event: FakeEvent) => void
interface FakeEvent {
  url: string
  isMainFrame?: boolean
  defaultPrevented: boolean
  preventDefault(): void
}

function fakeContents(currentUrl = 'app://paperdesk/index.html#/notes') {
  const listeners = new Map<string, Listener[]>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    getURL: () => currentUrl,
    on: (name: string, listener: Listener) => listeners.set(name, [...(listeners.get(name) ?? []), listener]),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  }
  const fire = (name: string, url: string, extra: Partial<FakeEvent> = {}): FakeEvent => {
    const event: FakeEvent = {
      url,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true
      },
      ...extra,
    }
    for (const l of listeners.get(name) ?? []) l(event)
    return event
  }
  return { contents, fire, openWindow: (url: string) => openHandler!({ url }), listeners }
}

function harden(currentUrl?: string, dev?: string) {
  const fake = fakeContents(currentUrl)
  hardenWebContents(fake.contents as never, dev, vi.fn())
  return fake
}

describe('hardenWebContents', () => {
  beforeEach(() => shell.openExternal.mockClear())

  it('lets the page change its own hash, nothing else', () => {
    const { fire } = harden()
    expect(fire('will-navigate', 'app://paperdesk/index.html#/settings').defaultPrevented).toBe(false)
    expect(fire('will-navigate', 'app://paperdesk/other.html').defaultPrevented).toBe(true)
    expect(fire('will-navigate', 'file:///etc/passwd').defaultPrevented).toBe(true)
    expect(fire('will-navigate', 'http://localhost:5173/').defaultPrevented).toBe(true)
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('sends an allowed https link to the OS browser instead of navigating', () => {
    const { fire } = harden()
    expect(fire('will-navigate', 'https://beian.miit.gov.cn/').defaultPrevented).toBe(true)
    expect(shell.openExternal).toHaveBeenCalledWith('https://beian.miit.gov.cn/')
  })

  it('denies every new window, opening only allow-listed links externally', () => {
    const { openWindow } = harden()
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' })
    expect(openWindow('mailto:a@example.com')).toEqual({ action: 'deny' })
    expect(openWindow('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(openWindow('app://paperdesk/index.html')).toEqual({ action: 'deny' })
    expect(openWindow('javascript:alert(1)')).toEqual({ action: 'deny' })
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/'], ['mailto:a@example.com']])
  })

  it('opens the normalised link it checked, not the raw string; mailto attachments are refused', () => {
    const { openWindow } = harden()
    openWindow('HTTPS://Example.COM/a b')
    openWindow('mailto:a@example.com?attach=/etc/passwd')
    expect(shell.openExternal.mock.calls).toEqual([['https://example.com/a%20b']])
  })

  it('prevents <webview> from attaching', () => {
    const { fire } = harden()
    expect(fire('will-attach-webview', 'about:blank').defaultPrevented).toBe(true)
  })

  it('stops sub-frames from navigating and blocks redirects away from the app', () => {
    const { fire } = harden()
    expect(fire('will-frame-navigate', 'https://example.com/', { isMainFrame: false }).defaultPrevented).toBe(
      true,
    )
    expect(
      fire('will-frame-navigate', 'app://paperdesk/index.html#/x', { isMainFrame: true }).defaultPrevented,
    ).toBe(false)
    expect(fire('will-redirect', 'https://example.com/').defaultPrevented).toBe(true)
  })

  it('trusts the dev server for hash navigation only when one is set', () => {
    const dev = 'http://localhost:5173/'
    expect(
      harden('http://localhost:5173/#/a', dev).fire('will-navigate', 'http://localhost:5173/#/b')
        .defaultPrevented,
    ).toBe(false)
    expect(
      harden('http://localhost:5173/#/a').fire('will-navigate', 'http://localhost:5173/#/b').defaultPrevented,
    ).toBe(true)
  })
})

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    }
    hardenSession(session as never)
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'openExternal',
      'clipboard-read',
      'hid',
    ]) {
      const callback = vi.fn()
      request({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean
    expect(check({}, 'media', 'app://paperdesk', {})).toBe(false)
    expect(check(null, 'clipboard-sanitized-write', 'app://paperdesk', {})).toBe(false)
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as (...a: unknown[]) => boolean
    expect(device({ deviceType: 'usb' })).toBe(false)
  })
})
