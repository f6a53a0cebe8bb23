import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(), sendSync: vi.fn((): unknown => true) },
  webUtils: { getPathForFile: vi.fn(() => '/home/u/scan.jpg') },
}))
electron.contextBridge.exposeInMainWorld.mockImplementation((key: string, api: unknown) =>
  electron.exposed.set(key, api),
)
vi.mock('electron', () => ({
  contextBridge: electron.contextBridge,
  ipcRenderer: electron.ipcRenderer,
  webUtils: electron.webUtils,
}))

import { contractManifest } from '../shared/contract'

await import('./index')

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>

describe('preload', () => {
  it('exposes only window.paperdesk and the dropped-file path helper', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(2)
    expect([...electron.exposed.keys()]).toEqual(['paperdesk', 'paperdeskFiles'])
  })

  it('gives a dropped File its path, and anything else an empty string', () => {
    const files = electron.exposed.get('paperdeskFiles') as { pathForFile: (f: unknown) => string }
    expect(Object.keys(files)).toEqual(['pathForFile'])
    expect(files.pathForFile(new File(['x'], 'scan.jpg'))).toBe('/home/u/scan.jpg')
    expect(files.pathForFile({ name: 'fake' })).toBe('')
    expect(files.pathForFile('/etc/passwd')).toBe('')
  })

  it('tells main of a dropped file before the page has its path, and only of real Files', () => {
    const files = electron.exposed.get('paperdeskFiles') as { pathForFile: (f: unknown) => string }
    electron.ipcRenderer.sendSync.mockClear()
    files.pathForFile({ name: 'fake', path: '/etc/shadow' })
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled()
    files.pathForFile(new File(['x'], 'scan.jpg'))
    expect(electron.ipcRenderer.sendSync).toHaveBeenCalledWith('paperdesk-files:dropped', '/home/u/scan.jpg')
    // Main did not take it (e.g. not our window): the page gets no path to name.
    electron.ipcRenderer.sendSync.mockReturnValueOnce(false)
    expect(files.pathForFile(new File(['x'], 'scan.jpg'))).toBe('')
  })

  it('exposes exactly the contract methods, as functions, and no ipcRenderer', () => {
    const api = electron.exposed.get('paperdesk') as Api
    const shape = Object.fromEntries(Object.entries(api).map(([d, m]) => [d, Object.keys(m)]))
    expect(shape).toEqual(contractManifest())
    for (const methods of Object.values(api)) {
      for (const fn of Object.values(methods)) expect(typeof fn).toBe('function')
    }
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('invokes the method channel and unwraps the result; failures reject with the envelope', async () => {
    const api = electron.exposed.get('paperdesk') as Api
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { locale: 'en', theme: 'light' } })
    await expect(api['settings']!['update']!({ theme: 'light' })).resolves.toEqual({
      locale: 'en',
      theme: 'light',
    })
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('paperdesk:settings.update', {
      theme: 'light',
    })

    const error = { code: 'FORBIDDEN', message: 'no' }
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error })
    await expect(api['app']!['info']!()).rejects.toEqual({
      code: 'FORBIDDEN',
      message: 'no',
      details: undefined,
    })
  })
})
