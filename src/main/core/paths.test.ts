import { describe, expect, it } from 'vitest'
import { defaultUserDataDir, resolveDataDir } from './paths'

describe('data folder', () => {
  it('matches where Electron puts userData for an app named Paperdesk', () => {
    expect(defaultUserDataDir('linux', {}, '/home/li')).toBe('/home/li/.config/Paperdesk')
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/li')).toBe('/cfg/Paperdesk')
    expect(defaultUserDataDir('darwin', {}, '/Users/li')).toBe(
      '/Users/li/Library/Application Support/Paperdesk',
    )
    expect(
      defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li'),
    ).toMatch(/Roaming[\\/]Paperdesk$/)
  })

  it('prefers --data-dir, then PAPERDESK_DATA_DIR', () => {
    expect(resolveDataDir('/flag', { PAPERDESK_DATA_DIR: '/env' })).toBe('/flag')
    expect(resolveDataDir(undefined, { PAPERDESK_DATA_DIR: '/env' })).toBe('/env')
    expect(resolveDataDir(undefined, {})).toMatch(/Paperdesk$/)
  })
})
