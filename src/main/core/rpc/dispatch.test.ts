import { describe, expect, it, vi } from 'vitest'
import { listMethods } from '../../../shared/contract'
import { openCore } from '../open-core'
import { HarnessPlatform } from '../harness-platform'
import { useTempDirs } from '../test-support/temp-dir'

const tempDir = useTempDirs()

function countRows(core: ReturnType<typeof openCore>) {
  return (core.store.db.prepare('SELECT count(*) AS n FROM setting').get() as { n: number }).n
}

describe('dispatch', () => {
  it('runs a valid call and returns its output', async () => {
    const core = openCore({ dataDir: tempDir(), platform: new HarnessPlatform() })
    const result = await core.call('paperdesk:settings.update', { theme: 'dark' })
    expect(result).toEqual({ ok: true, value: { locale: 'system', theme: 'dark' } })
    expect(countRows(core)).toBe(1)
    core.close()
  })

  it.each([
    ['an unknown theme', { theme: 'purple' }],
    ['an unknown key', { colour: 'red' }],
    ['a wrong type', { locale: 42 }],
    ['not an object', 'dark'],
    ['a prototype-pollution attempt', JSON.parse('{"__proto__": {"theme": "dark"}, "theme": "x"}')],
  ])('refuses %s with VALIDATION and writes nothing', async (_label, payload) => {
    const core = openCore({ dataDir: tempDir(), platform: new HarnessPlatform() })
    await core.call('paperdesk:settings.update', { locale: 'zh-CN' })
    const before = core.store.db.prepare('SELECT * FROM setting').all()

    const result = await core.call('paperdesk:settings.update', payload)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.message.length).toBeGreaterThan(0)
    expect(result.error).not.toHaveProperty('stack')
    expect(core.store.db.prepare('SELECT * FROM setting').all()).toEqual(before)
    core.close()
  })

  it('refuses a restore name that tries to leave the backups folder', async () => {
    const core = openCore({ dataDir: tempDir(), platform: new HarnessPlatform() })
    for (const name of ['../paperdesk.sqlite', '/etc/passwd', '..\\x.sqlite', '.hidden.sqlite']) {
      const result = await core.call('paperdesk:db.restoreBackup', { name })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    expect(core.store.listBackups()).toHaveLength(0)
    core.close()
  })

  it('answers UNKNOWN_METHOD for channels outside the contract', async () => {
    const core = openCore({ dataDir: tempDir(), platform: new HarnessPlatform() })
    for (const channel of [
      'paperdesk:settings.drop',
      'paperdesk:constructor.name',
      'settings.get',
      'paperdesk:__proto__.get',
    ]) {
      expect(await core.call(channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_METHOD' },
      })
    }
    core.close()
  })

  it('turns an unexpected failure into INTERNAL without leaking its message or stack', async () => {
    const core = openCore({ dataDir: tempDir(), platform: new HarnessPlatform(), log: vi.fn() })
    core.services.db.check = () => {
      throw new Error('SQLITE_CORRUPT at /home/secret/path')
    }
    const result = await core.call('paperdesk:db.check', undefined)
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'unexpected error' } })
    core.close()
  })

  it('has a service for every contract method', () => {
    const core = openCore({ dataDir: tempDir(), platform: new HarnessPlatform() })
    for (const [domain, name] of listMethods()) {
      expect(typeof (core.services[domain] as Record<string, unknown>)[name], `${domain}.${name}`).toBe(
        'function',
      )
    }
    core.close()
  })
})
