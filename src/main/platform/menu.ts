import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { SupportedLocale } from '../../shared/contract'
import { translate } from '../../shared/i18n'

export interface MenuActions {
  openSettings: () => void
  openDataFolder: () => void
  showAbout: () => void
}

export interface MenuOptions {
  locale: SupportedLocale
  isMac: boolean
  /** Developer tools only while developing. */
  dev: boolean
  actions: MenuActions
}

/** The native menu, labelled in the UI locale. macOS gets its app menu; others a File menu. */
export function buildMenuTemplate({
  locale,
  isMac,
  dev,
  actions,
}: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: string): string => translate(locale, `menu.${key}`)
  const settings: MenuItemConstructorOptions = {
    id: 'settings',
    label: t('settings'),
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.openSettings(),
  }
  const openDataFolder: MenuItemConstructorOptions = {
    id: 'open-data-folder',
    label: t('openDataFolder'),
    click: () => actions.openDataFolder(),
  }
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: t('about'),
    click: () => actions.showAbout(),
  }

  const appMenu: MenuItemConstructorOptions = {
    label: t('app'),
    submenu: [
      about,
      { type: 'separator' },
      settings,
      { type: 'separator' },
      { role: 'services', label: t('services') },
      { type: 'separator' },
      { role: 'hide', label: t('hide') },
      { role: 'hideOthers', label: t('hideOthers') },
      { role: 'unhide', label: t('showAll') },
      { type: 'separator' },
      { role: 'quit', label: t('quit') },
    ],
  }
  const fileMenu: MenuItemConstructorOptions = {
    label: t('file'),
    submenu: isMac
      ? [openDataFolder]
      : [settings, openDataFolder, { type: 'separator' }, { role: 'quit', label: t('quit') }],
  }
  const editMenu: MenuItemConstructorOptions = {
    label: t('edit'),
    submenu: [
      { role: 'undo', label: t('undo') },
      { role: 'redo', label: t('redo') },
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
    ],
  }
  const viewMenu: MenuItemConstructorOptions = {
    label: t('view'),
    submenu: [
      { role: 'reload', label: t('reload') },
      ...(dev ? [{ role: 'toggleDevTools', label: t('toggleDevTools') } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('fullscreen') },
    ],
  }
  const windowMenu: MenuItemConstructorOptions = {
    label: t('window'),
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: t('minimize') },
      { role: 'close', label: t('close') },
    ],
  }
  const helpMenu: MenuItemConstructorOptions = {
    label: t('help'),
    role: 'help',
    submenu: isMac ? [openDataFolder] : [openDataFolder, { type: 'separator' }, about],
  }
  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}

/** Builds and installs the application menu; call again whenever the locale may have changed. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)))
}
