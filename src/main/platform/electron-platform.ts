import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron'
import type { PlatformPort } from '../core/platform-port'
import type { SupportedLocale } from '../../shared/contract'
import { translate } from '../../shared/i18n'
import { systemLocaleTag } from './system-locale'

export interface ElectronPlatformDeps {
  /** The UI locale now (settings may change while the app runs). */
  locale: () => SupportedLocale
  /** The window dialogs should be attached to, if any. */
  window: () => BrowserWindow | null
}

/** The core's PlatformPort, implemented with Electron's shell and dialogs. */
export function createElectronPlatform({ locale, window }: ElectronPlatformDeps): PlatformPort {
  return {
    shell: 'electron',
    appVersion: app.getVersion(),
    systemLocale: systemLocaleTag,
    // shell.openPath resolves to an error message, empty on success.
    openPath: async (path) => (await shell.openPath(path)) === '',
    pickBackupFile: async () => {
      const l = locale()
      const options: OpenDialogOptions = {
        title: translate(l, 'dialogs.restoreTitle'),
        filters: [{ name: translate(l, 'dialogs.backupFilter'), extensions: ['sqlite'] }],
        properties: ['openFile'],
      }
      const parent = window()
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}
