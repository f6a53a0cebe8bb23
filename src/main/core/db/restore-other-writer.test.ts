import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { DATABASE_FILE, DataStore } from './data-store'
import { restoreIntoLive } from './restore-into-live'
import { settingKeysIn } from './test-support/setting-keys'
import { spawnForeignWriter } from './test-support/spawn-db-child'

const tempDir = useTempDirs()

const index = (key: string) => Number(key.slice(key.lastIndexOf('-') + 1))

// A program that is not Paperdesk (a script, a SQLite browser, a sync client) has the database
// open and keeps writing. The restore goes through SQLite's locks, so each write the program was
// told had committed is either in the safety copy (committed before the restore) or in the
// restored database (committed after it); a write that met the restore's lock is reported to the
// program as failed. With the file swapped by a rename, the writes after the swap went into the
// replaced file and were in neither.
describe('restore beside a plain SQLite writer', () => {
  it('loses none of the writes the other program was told had committed', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('generation', '"old"')`).run()
    const backup = await store.backupNow()
    store.db.prepare(`UPDATE setting SET value = '"current"' WHERE key = 'generation'`).run()

    const writer = spawnForeignWriter(join(dir, DATABASE_FILE), 'x')
    await writer.waitFor(/^ok x-20$/)
    const restored = await store.restoreFrom(backup.path)
    const lastBefore = Math.max(...writer.lines.filter((l) => l.startsWith('ok ')).map(index))
    await writer.waitFor(new RegExp(`^ok x-${lastBefore + 30}$`))
    writer.process.stdin.end('stop\n')
    expect(await writer.exited).toBe(0)

    const acknowledged = writer.lines.filter((l) => l.startsWith('ok ')).map((l) => l.slice(3))
    const failed = writer.lines.filter((l) => l.startsWith('failed ')).map((l) => l.split(' ')[1])
    const live = settingKeysIn(store.path)
    const safety = settingKeysIn(restored.safetyCopy)
    // Exactly one home for each acknowledged write: before the restore or after it, in order.
    expect(acknowledged.filter((k) => live.has(k) === safety.has(k))).toEqual([])
    const before = acknowledged.filter((k) => safety.has(k)).map(index)
    const after = acknowledged.filter((k) => live.has(k)).map(index)
    expect(before.length).toBeGreaterThan(15)
    expect(after.length).toBeGreaterThan(25)
    expect(Math.max(...before)).toBeLessThan(Math.min(...after))
    for (const k of failed) expect(live.has(k as string) || safety.has(k as string)).toBe(false)
    // And the restore itself happened.
    expect(store.db.prepare(`SELECT value FROM setting WHERE key = 'generation'`).pluck().get()).toBe('"old"')
    expect(store.check().ok).toBe(true)
    store.close()
  })

  it('waits for another program’s open write, which ends up in the safety copy', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    const backup = await store.backupNow()
    const other = new Database(store.path)
    other.prepare('BEGIN IMMEDIATE').run()
    other.prepare(`INSERT INTO setting (key, value) VALUES ('theirs', '1')`).run()
    setTimeout(() => other.prepare('COMMIT').run(), 400)

    const restored = await store.restoreFrom(backup.path)
    expect(settingKeysIn(restored.safetyCopy).has('theirs')).toBe(true)
    expect(settingKeysIn(store.path).has('theirs')).toBe(false)
    // The other program goes on writing, into the restored database.
    other.prepare(`INSERT INTO setting (key, value) VALUES ('theirs-after', '2')`).run()
    expect(store.db.prepare(`SELECT value FROM setting WHERE key = 'theirs-after'`).pluck().get()).toBe('2')
    other.close()
    store.close()
  })

  it('refuses, changing nothing, while another program keeps its write open', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    const backup = await store.backupNow()
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('mine', '1')`).run()
    store.close()
    const live = join(dir, DATABASE_FILE)
    const other = new Database(live)
    other.prepare('BEGIN IMMEDIATE').run()
    let copies = 0
    await expect(
      restoreIntoLive(
        backup.path,
        live,
        () => (copies += 1),
        () => undefined,
        300,
      ),
    ).rejects.toMatchObject({ code: 'BUSY', details: { reason: 'db.other-writer' } })
    expect(copies).toBe(0)
    other.prepare('ROLLBACK').run()
    other.close()
    expect(settingKeysIn(live).has('mine')).toBe(true)
  })

  it('restores a backup whose page size differs from the live database', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('generation', '"8k"')`).run()
    const backup = await store.backupTo(join(tempDir(), 'eight-k.sqlite'))
    store.db.prepare(`UPDATE setting SET value = '"4k"' WHERE key = 'generation'`).run()
    const resized = new Database(backup.path)
    resized.pragma('page_size = 8192')
    resized.exec('VACUUM')
    expect(resized.pragma('page_size', { simple: true })).toBe(8192)
    resized.close()

    await store.restoreFrom(backup.path)
    expect(store.db.prepare(`SELECT value FROM setting WHERE key = 'generation'`).pluck().get()).toBe('"8k"')
    expect(store.db.pragma('page_size', { simple: true })).toBe(4096)
    expect(store.check().ok).toBe(true)
    store.close()
  })
})
