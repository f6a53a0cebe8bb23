import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { useTempDirs } from '../test-support/temp-dir'
import { DataStore } from './data-store'
import { latestSchemaVersion } from './migrations'

const tempDir = useTempDirs()

function settingRows(store: DataStore) {
  return store.db.prepare('SELECT key, value FROM setting ORDER BY key').all()
}

describe('DataStore', () => {
  it('opens with WAL, synchronous=FULL, foreign keys and the latest schema', () => {
    const store = new DataStore(tempDir())
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2)
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000)
    const check = store.check()
    expect(check).toMatchObject({ ok: true, integrity: ['ok'], schemaVersion: latestSchemaVersion })
    store.close()
  })

  it('backs up online and restores with the content of the backup', async () => {
    const store = new DataStore(tempDir())
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', '"dark"')`).run()
    const backup = await store.backupNow()
    expect(backup.name).toMatch(/^paperdesk-\d{8}-\d{6}\.sqlite$/)
    expect(readFileSync(backup.path).subarray(0, 15).toString()).toBe('SQLite format 3')
    expect(existsSync(`${backup.path}-wal`)).toBe(false)

    store.db.prepare(`UPDATE setting SET value = '"light"' WHERE key = 'theme'`).run()
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('locale', '"en"')`).run()

    const result = await store.restoreBackup(backup.name)
    expect(settingRows(store)).toEqual([{ key: 'theme', value: '"dark"' }])
    // The database as it was before the restore is kept and holds the later values.
    const safety = new Database(result.safetyCopy, { readonly: true })
    expect(safety.prepare('SELECT key, value FROM setting ORDER BY key').all()).toEqual([
      { key: 'locale', value: '"en"' },
      { key: 'theme', value: '"light"' },
    ])
    safety.close()
    store.close()
  })

  it('lists backups newest first and keeps two made in the same second apart', async () => {
    const store = new DataStore(tempDir())
    const at = new Date(2026, 10, 28, 10, 15, 0)
    const a = await store.backupNow('manual', at)
    const b = await store.backupNow('manual', at)
    expect(a.name).toBe('paperdesk-20261128-101500.sqlite')
    expect(b.name).toBe('paperdesk-20261128-101500-2.sqlite')
    expect(
      store
        .listBackups()
        .map((x) => x.name)
        .sort(),
    ).toEqual([a.name, b.name].sort())
    store.close()
  })

  it.each([
    ['random bytes', (f: string) => writeFileSync(f, Buffer.alloc(4096, 7))],
    ['an empty file', (f: string) => writeFileSync(f, '')],
    [
      'a truncated backup',
      (f: string, good: string) => writeFileSync(f, readFileSync(good).subarray(0, 3000)),
    ],
    [
      'another program’s SQLite file',
      (f: string) => {
        const other = new Database(f)
        other.exec('CREATE TABLE t (x)')
        other.close()
      },
    ],
  ])('refuses %s and leaves the current database untouched', async (_label, make) => {
    const dir = tempDir()
    const store = new DataStore(dir)
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', '"dark"')`).run()
    const good = await store.backupNow()
    const bad = join(dir, 'bad.sqlite')
    make(bad, good.path)
    const before = readdirSync(dir).sort()

    const failure = await store.restoreFrom(bad).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(AppError)
    expect((failure as AppError).code).toBe('INVALID_BACKUP')
    expect(settingRows(store)).toEqual([{ key: 'theme', value: '"dark"' }])
    expect(readdirSync(dir).sort()).toEqual(before) // no staging file left behind
    expect(store.listBackups()).toHaveLength(1) // no safety copy for a refused restore
    store.close()
  })

  it('refuses a backup from a newer schema', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    const good = await store.backupNow()
    const newer = new Database(good.path)
    newer.pragma(`user_version = ${latestSchemaVersion + 1}`)
    newer.close()
    await expect(store.restoreFrom(good.path)).rejects.toMatchObject({ code: 'INVALID_BACKUP' })
    expect(store.check().ok).toBe(true)
    store.close()
  })

  it('says NOT_FOUND for a backup name that does not exist', async () => {
    const store = new DataStore(tempDir())
    await expect(store.restoreBackup('paperdesk-nope.sqlite')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    store.close()
  })

  it('makes the daily automatic backup only when due and keeps the newest seven', async () => {
    const store = new DataStore(tempDir())
    const day = 24 * 3600_000
    const start = new Date(2026, 0, 1, 9, 0, 0)
    const made = []
    for (let i = 0; i < 9; i++) {
      const now = new Date(start.getTime() + i * day)
      const backup = await store.backupIfDue(now)
      expect(backup).not.toBeNull()
      // backupIfDue reads the file time, so pin it to the simulated clock
      const { utimesSync } = await import('node:fs')
      utimesSync(backup!.path, now, now)
      made.push(backup!.name)
      expect(await store.backupIfDue(new Date(now.getTime() + 3600_000))).toBeNull()
    }
    const autos = store.listBackups().map((b) => b.name)
    expect(autos).toHaveLength(7)
    expect(autos).toEqual(made.slice(2).reverse())
    store.close()
  })
})
