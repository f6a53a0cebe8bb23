import {
  app,
  clipboard,
  dialog,
  safeStorage,
  shell,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import type { FileFilter, PlatformPort } from '../core/platform-port'
import type { SupportedLocale } from '../../shared/contract'
import { translate } from '../../shared/i18n'
import { ASSET_SCHEME } from './asset-scheme'
import type { DroppedPaths } from './dropped-paths'
import { openElectronPrinter } from './electron-printer'
import { systemLocaleTag } from './system-locale'

export interface ElectronPlatformDeps {
  /** The UI locale now (settings may change while the app runs). */
  locale: () => SupportedLocale
  /** The window dialogs should be attached to, if any. */
  window: () => BrowserWindow | null
  /** Files the user dropped on the window (the only paths the renderer may name). */
  dropped: DroppedPaths
}

/** The core's PlatformPort, implemented with Electron's shell, dialogs, clipboard and printToPDF. */
export function createElectronPlatform({ locale, window, dropped }: ElectronPlatformDeps): PlatformPort {
  const filters = (list: FileFilter[]) =>
    list.map((f) => ({ name: translate(locale(), f.nameKey), extensions: f.extensions }))
  const showOpen = (options: OpenDialogOptions) => {
    const parent = window()
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)
  }
  const showSave = (options: SaveDialogOptions) => {
    const parent = window()
    return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)
  }
  return {
    // On Linux without a keyring safeStorage falls back to a hard-coded key: that is no protection.
    keyStore: () =>
      safeStorage.isEncryptionAvailable() &&
      !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
        ? {
            seal: (secret) => safeStorage.encryptString(secret),
            open: (sealed) => safeStorage.decryptString(sealed),
          }
        : null,
    shell: 'electron',
    acceptsRendererPath: (path) => dropped.accepts(path),
    appVersion: app.getVersion(),
    systemLocale: systemLocaleTag,
    // shell.openPath resolves to an error message, empty on success.
    openPath: async (path) => (await shell.openPath(path)) === '',
    pickBackupFile: async () => {
      const l = locale()
      const result = await showOpen({
        title: translate(l, 'dialogs.restoreTitle'),
        filters: [{ name: translate(l, 'dialogs.backupFilter'), extensions: ['sqlite'] }],
        properties: ['openFile'],
      })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    pickOpenFiles: async (request) => {
      const result = await showOpen({
        title: translate(locale(), request.titleKey),
        filters: filters(request.filters),
        properties: request.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      })
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
    },
    pickSavePath: async (request) => {
      const result = await showSave({
        title: translate(locale(), request.titleKey),
        defaultPath: request.defaultPath,
        filters: filters(request.filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      })
      return result.canceled || !result.filePath ? null : result.filePath
    },
    writeClipboard: async (text) => clipboard.writeText(text),
    openPrinter: () => openElectronPrinter(),
    assetBaseUrl: () => `${ASSET_SCHEME}://`,
  }
}
