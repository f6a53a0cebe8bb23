import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataDirOverride, defaultUserDataDir, resolveDataDir } from './paths'

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

describe('dataDirOverride', () => {
  it('makes a relative folder absolute, so the CLI and the app report the same path', () => {
    expect(dataDirOverride('rel/data', {})).toBe(resolve('rel/data'))
    expect(dataDirOverride(undefined, { PAPERDESK_DATA_DIR: 'env/data' })).toBe(resolve('env/data'))
    expect(dataDirOverride('', { PAPERDESK_DATA_DIR: '' })).toBeUndefined()
  })
})
