import { describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  Menu: { buildFromTemplate: vi.fn((t: unknown) => ({ template: t })), setApplicationMenu: vi.fn() },
}))
vi.mock('electron', () => electron)

import type { MenuItemConstructorOptions } from 'electron'
import { buildMenuTemplate, installMenu, type MenuActions } from './menu'

const actions = (): MenuActions => ({ openSettings: vi.fn(), openDataFolder: vi.fn(), showAbout: vi.fn() })

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])])
}
const byId = (items: MenuItemConstructorOptions[], id: string) => flatten(items).find((i) => i.id === id)
const byRole = (items: MenuItemConstructorOptions[], role: string) =>
  flatten(items).find((i) => i.role === role)

describe('buildMenuTemplate', () => {
  it('labels the menus in English', () => {
    const t = buildMenuTemplate({ locale: 'en', isMac: false, dev: false, actions: actions() })
    expect(t.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    expect(byId(t, 'settings')?.label).toBe('Settings…')
    expect(byId(t, 'open-data-folder')?.label).toBe('Open Data Folder')
    expect(byId(t, 'about')?.label).toBe('About Paperdesk')
    expect(byRole(t, 'copy')?.label).toBe('Copy')
    expect(byRole(t, 'quit')?.label).toBe('Quit')
  })

  it('labels the menus in Simplified Chinese', () => {
    const t = buildMenuTemplate({ locale: 'zh-CN', isMac: false, dev: false, actions: actions() })
    expect(t.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助'])
    expect(byId(t, 'settings')?.label).toBe('设置…')
    expect(byId(t, 'open-data-folder')?.label).toBe('打开数据文件夹')
    expect(byId(t, 'about')?.label).toBe('关于 Paperdesk')
    expect(byRole(t, 'paste')?.label).toBe('粘贴')
    expect(byRole(t, 'undo')?.label).toBe('撤销')
  })

  it('never shows an untranslated key as a label', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const isMac of [true, false]) {
        const t = buildMenuTemplate({ locale, isMac, dev: true, actions: actions() })
        for (const item of flatten(t)) {
          if (item.type === 'separator') continue
          expect(item.label, JSON.stringify(item)).toBeTruthy()
          expect(item.label).not.toMatch(/^menu\./)
        }
      }
    }
  })

  it('wires Settings, Open Data Folder and About to their actions', () => {
    const a = actions()
    const t = buildMenuTemplate({ locale: 'en', isMac: false, dev: false, actions: a })
    const click = (id: string) => (byId(t, id)!.click as () => void)()
    click('settings')
    click('open-data-folder')
    click('about')
    expect(a.openSettings).toHaveBeenCalledTimes(1)
    expect(a.openDataFolder).toHaveBeenCalledTimes(1)
    expect(a.showAbout).toHaveBeenCalledTimes(1)
    expect(byId(t, 'settings')?.accelerator).toBe('CmdOrCtrl+,')
  })

  it('puts About, Settings and Quit in the app menu on macOS', () => {
    const t = buildMenuTemplate({ locale: 'zh-CN', isMac: true, dev: false, actions: actions() })
    expect(t[0]?.label).toBe('Paperdesk')
    const appItems = t[0]!.submenu as MenuItemConstructorOptions[]
    expect(appItems.map((i) => i.id ?? i.role).filter(Boolean)).toEqual([
      'about',
      'settings',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ])
    expect(byRole(t, 'hide')?.label).toBe('隐藏 Paperdesk')
  })

  it('offers developer tools only in development', () => {
    const prod = buildMenuTemplate({ locale: 'en', isMac: false, dev: false, actions: actions() })
    const dev = buildMenuTemplate({ locale: 'en', isMac: false, dev: true, actions: actions() })
    expect(byRole(prod, 'toggleDevTools')).toBeUndefined()
    expect(byRole(dev, 'toggleDevTools')?.label).toBe('Developer Tools')
  })
})

describe('installMenu', () => {
  it('sets the built menu as the application menu', () => {
    installMenu({ locale: 'zh-CN', isMac: false, dev: false, actions: actions() })
    const built = electron.Menu.buildFromTemplate.mock.results.at(-1)!.value as {
      template: MenuItemConstructorOptions[]
    }
    expect(built.template[0]?.label).toBe('文件')
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(built)
  })
})
