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
