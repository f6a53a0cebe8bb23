import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: {
    getVersion: vi.fn(() => '1.2.3'),
    getPreferredSystemLanguages: vi.fn(() => ['zh-Hans-CN', 'en-US']),
    getLocale: vi.fn(() => 'en-US'),
  },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  shell: { openPath: vi.fn() },
  clipboard: { writeText: vi.fn() },
}))
vi.mock('electron', () => electron)

import { createElectronPlatform } from './electron-platform'
import { DroppedPaths } from './dropped-paths'
import { resolveUiLocale, systemLocaleTag } from './system-locale'

describe('createElectronPlatform', () => {
  beforeEach(() => vi.clearAllMocks())

  it('reports the Electron shell, the app version and the OS language', () => {
    const p = createElectronPlatform({ locale: () => 'en', window: () => null, dropped: new DroppedPaths() })
    expect(p.shell).toBe('electron')
    expect(p.appVersion).toBe('1.2.3')
    expect(p.systemLocale()).toBe('zh-Hans-CN')
  })

  it('opens a folder and reports whether that worked', async () => {
    const p = createElectronPlatform({ locale: () => 'en', window: () => null, dropped: new DroppedPaths() })
    electron.shell.openPath.mockResolvedValueOnce('')
    expect(await p.openPath('/data')).toBe(true)
    electron.shell.openPath.mockResolvedValueOnce('Failed to open path')
    expect(await p.openPath('/nope')).toBe(false)
    expect(electron.shell.openPath).toHaveBeenCalledWith('/data')
  })

  it('asks for a .sqlite backup with a translated, window-attached dialog', async () => {
    const win = { id: 1 }
    const p = createElectronPlatform({
      locale: () => 'zh-CN',
      window: () => win as never,
      dropped: new DroppedPaths(),
    })
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/b/x.sqlite'] })
    expect(await p.pickBackupFile()).toBe('/b/x.sqlite')
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(win, {
      title: '恢复 Paperdesk 备份',
      filters: [{ name: 'Paperdesk 备份', extensions: ['sqlite'] }],
      properties: ['openFile'],
    })
  })

  it('returns null when the user cancels, and works without a window', async () => {
    const p = createElectronPlatform({ locale: () => 'en', window: () => null, dropped: new DroppedPaths() })
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await p.pickBackupFile()).toBeNull()
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Restore a Paperdesk backup' }),
    )
  })
})

describe('file dialogs and the clipboard', () => {
  beforeEach(() => vi.clearAllMocks())
  const request = {
    purpose: 'sign-document',
    titleKey: 'dialogs.restoreTitle',
    filters: [{ nameKey: 'dialogs.backupFilter', extensions: ['png', 'pdf'] }],
  }

  it('opens files with translated titles and filters; several when asked', async () => {
    const p = createElectronPlatform({
      locale: () => 'zh-CN',
      window: () => null,
      dropped: new DroppedPaths(),
    })
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.png', '/b.pdf'] })
    expect(await p.pickOpenFiles({ ...request, multiple: true })).toEqual(['/a.png', '/b.pdf'])
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith({
      title: '恢复 Paperdesk 备份',
      filters: [{ name: 'Paperdesk 备份', extensions: ['png', 'pdf'] }],
      properties: ['openFile', 'multiSelections'],
    })
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await p.pickOpenFiles(request)).toBeNull()
  })

  it('asks where to save, suggesting a name; cancel is null', async () => {
    const win = { id: 2 }
    const p = createElectronPlatform({
      locale: () => 'en',
      window: () => win as never,
      dropped: new DroppedPaths(),
    })
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/out/x-signed.pdf' })
    expect(await p.pickSavePath({ ...request, defaultPath: '/in/x-signed.pdf' })).toBe('/out/x-signed.pdf')
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ defaultPath: '/in/x-signed.pdf', title: 'Restore a Paperdesk backup' }),
    )
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' })
    expect(await p.pickSavePath({ ...request, defaultPath: 'x.pdf' })).toBeNull()
  })

  it('writes the clipboard from main and serves assets on paperdesk-asset://', async () => {
    const p = createElectronPlatform({ locale: () => 'en', window: () => null, dropped: new DroppedPaths() })
    await p.writeClipboard('AB:CD')
    expect(electron.clipboard.writeText).toHaveBeenCalledWith('AB:CD')
    expect(p.assetBaseUrl()).toBe('paperdesk-asset://')
  })
})

describe('resolveUiLocale', () => {
  it('follows the OS for "system" and the user otherwise', () => {
    expect(resolveUiLocale('system', 'zh-Hans-CN')).toBe('zh-CN')
    expect(resolveUiLocale('system', 'de-DE')).toBe('en')
    expect(resolveUiLocale('en', 'zh-CN')).toBe('en')
    expect(resolveUiLocale('zh-CN', 'en-US')).toBe('zh-CN')
  })

  it('falls back to app.getLocale when the OS lists no languages', () => {
    electron.app.getPreferredSystemLanguages.mockReturnValueOnce([])
    electron.app.getLocale.mockReturnValueOnce('zh-TW')
    expect(systemLocaleTag()).toBe('zh-TW')
  })

  it('lets the renderer name only files that were dropped on the window', () => {
    const dropped = new DroppedPaths()
    const p = createElectronPlatform({ locale: () => 'en', window: () => null, dropped })
    expect(p.acceptsRendererPath('/home/u/contract.pdf')).toBe(false)
    dropped.grant('/home/u/contract.pdf')
    expect(p.acceptsRendererPath('/home/u/contract.pdf')).toBe(true)
    expect(p.acceptsRendererPath('/home/u/.ssh/id_ed25519')).toBe(false)
  })
})
