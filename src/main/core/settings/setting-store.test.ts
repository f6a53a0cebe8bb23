import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { DataStore } from '../db/data-store'
import { useTempDirs } from '../test-support/temp-dir'
import { SettingStore } from './setting-store'

const tempDir = useTempDirs()

describe('SettingStore', () => {
  it('returns defaults on a new database', () => {
    const store = new DataStore(tempDir())
    expect(new SettingStore(store).get()).toEqual({ locale: 'system', theme: 'system' })
    store.close()
  })

  it('falls back to the default when a stored value is no longer valid', () => {
    const store = new DataStore(tempDir())
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', '"sepia"')`).run()
    expect(new SettingStore(store).get().theme).toBe('system')
    store.close()
  })

  it('keeps main-only keys apart from user preferences', () => {
    const store = new DataStore(tempDir())
    const settings = new SettingStore(store)
    const Bounds = z.object({ width: z.number(), height: z.number() })
    settings.write({ 'window.state': { width: 1200, height: 800 } })
    expect(settings.read('window.state', Bounds)).toEqual({ width: 1200, height: 800 })
    expect(settings.read('window.state', z.string())).toBeUndefined()
    expect(settings.get()).toEqual({ locale: 'system', theme: 'system' })
    store.close()
  })
})

describe('SettingStore with damaged rows', () => {
  it('reads non-JSON (written past the CHECK) as unset, says which keys, and heals on write', () => {
    const store = new DataStore(tempDir())
    store.db.pragma('ignore_check_constraints = ON')
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', 'not json')`).run()
    store.db.pragma('ignore_check_constraints = OFF')
    const settings = new SettingStore(store)
    expect(settings.get()).toEqual({ locale: 'system', theme: 'system' })
    expect(settings.damaged()).toEqual(['theme'])
    settings.update({ theme: 'dark' })
    expect(settings.get().theme).toBe('dark')
    expect(settings.damaged()).toEqual([])
    store.close()
  })

  it('a missing setting table gives the defaults instead of throwing', () => {
    const store = new DataStore(tempDir())
    store.db.exec('DROP TABLE setting')
    const settings = new SettingStore(store)
    expect(settings.get()).toEqual({ locale: 'system', theme: 'system' })
    expect(settings.damaged()).toEqual(['locale', 'theme'])
    store.close()
  })
})
