import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { latestSchemaVersion } from './db/migrations'
import { openCore } from './open-core'
import { HarnessPlatform } from './harness-platform'
import { useTempDirs } from './test-support/temp-dir'

const tempDir = useTempDirs()

describe('services', () => {
  it('reports app info with the OS locale mapped to a shipped one', async () => {
    const dir = tempDir()
    const core = openCore({ dataDir: dir, platform: new HarnessPlatform({ systemLocale: 'zh-Hans-CN' }) })
    const info = await core.call('paperdesk:app.info', undefined)
    expect(info).toMatchObject({
      ok: true,
      value: { dataDir: dir, systemLocale: 'zh-CN', schemaVersion: latestSchemaVersion },
    })
    core.close()
  })

  it('opens the data folder through the platform', async () => {
    const dir = tempDir()
    const platform = new HarnessPlatform()
    const core = openCore({ dataDir: dir, platform })
    expect(await core.call('paperdesk:app.openDataFolder', undefined)).toEqual({
      ok: true,
      value: { opened: true },
    })
    expect(platform.openedPaths).toEqual([dir])
    core.close()
  })

  it('persists settings and tells main they changed', async () => {
    const dir = tempDir()
    const onSettingsChanged = vi.fn()
    const core = openCore({ dataDir: dir, platform: new HarnessPlatform(), onSettingsChanged })
    await core.call('paperdesk:settings.update', { locale: 'zh-CN' })
    expect(onSettingsChanged).toHaveBeenCalledTimes(1)
    core.close()
    const reopened = openCore({ dataDir: dir, platform: new HarnessPlatform() })
    expect(await reopened.call('paperdesk:settings.get', undefined)).toEqual({
      ok: true,
      value: { locale: 'zh-CN', theme: 'system' },
    })
    reopened.close()
  })

  it('restoreFromFile does nothing when the user cancels, and restores a picked backup', async () => {
    const platform = new HarnessPlatform()
    const core = openCore({ dataDir: tempDir(), platform })
    await core.call('paperdesk:settings.update', { theme: 'dark' })
    const backup = await core.store.backupNow()
    await core.call('paperdesk:settings.update', { theme: 'light' })

    platform.queueBackupFile(null)
    expect(await core.call('paperdesk:db.restoreFromFile', undefined)).toEqual({ ok: true, value: null })
    expect(core.settings.get().theme).toBe('light')

    platform.queueBackupFile(backup.path)
    const restored = await core.call('paperdesk:db.restoreFromFile', undefined)
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: backup.path } })
    expect(core.settings.get().theme).toBe('dark')
    core.close()
  })

  it('a corrupt picked file gives INVALID_BACKUP and changes nothing', async () => {
    const dir = tempDir()
    const platform = new HarnessPlatform()
    const core = openCore({ dataDir: dir, platform })
    await core.call('paperdesk:settings.update', { theme: 'dark' })
    const bad = join(dir, 'corrupt.sqlite')
    writeFileSync(bad, Buffer.from('SQLite format 3\0' + 'x'.repeat(2000)))
    platform.queueBackupFile(bad)
    const result = await core.call('paperdesk:db.restoreFromFile', undefined)
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_BACKUP' } })
    expect(core.settings.get().theme).toBe('dark')
    core.close()
  })
})
