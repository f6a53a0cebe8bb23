import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { DataStore } from './data-store'

const tempDir = useTempDirs()

/** A process id that is not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  })
  return Number(child.stdout)
}

describe('temp files a crash left behind', () => {
  it('are swept on open when nobody else uses the folder; other files stay', () => {
    const dir = tempDir()
    new DataStore(dir).close()
    const pid = deadPid()
    mkdirSync(join(dir, 'backups'), { recursive: true })
    const stale = [
      `.restore-staging-${pid}-1700000000000.sqlite`,
      `.restore-staging-${pid}-1700000000000.sqlite-wal`,
      `.restore-staging-${process.pid}-1700000000001.sqlite-shm`,
    ]
    const staleBackups = [
      `paperdesk-x.sqlite.partial-${pid}-1`,
      `paperdesk-x.sqlite.partial-${pid}-1-journal`,
    ]
    for (const name of stale) writeFileSync(join(dir, name), 'x')
    for (const name of staleBackups) writeFileSync(join(dir, 'backups', name), 'x')
    writeFileSync(join(dir, 'notes.txt'), 'mine')
    writeFileSync(join(dir, 'backups', 'restore-staging-notes.sqlite'), 'mine')

    const store = new DataStore(dir)
    expect(readdirSync(dir).filter((n) => n.includes('staging'))).toEqual([])
    expect(readdirSync(join(dir, 'backups'))).toEqual(['restore-staging-notes.sqlite'])
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true)
    store.close()
  })

  it('while another store has the folder open, only files of processes that are gone', () => {
    const dir = tempDir()
    const other = new DataStore(dir)
    const dead = `.restore-staging-${deadPid()}-1.sqlite`
    const live = `.restore-staging-${process.pid}-2.sqlite`
    writeFileSync(join(dir, dead), 'x')
    writeFileSync(join(dir, live), 'x')
    const store = new DataStore(dir)
    expect(existsSync(join(dir, dead))).toBe(false)
    expect(existsSync(join(dir, live))).toBe(true) // may belong to `other`'s running restore
    store.close()
    other.close()
  })
})

describe('the backups folder', () => {
  it('skips what cannot be read, and the daily backup still runs', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    const made = await store.backupNow()
    symlinkSync(join(dir, 'gone.sqlite'), join(dir, 'backups', 'paperdesk-auto-20200101-000000.sqlite'))
    mkdirSync(join(dir, 'backups', 'folder.sqlite'))
    expect(store.listBackups().map((b) => b.name)).toEqual([made.name])
    const auto = await store.backupIfDue(new Date())
    expect(auto?.name).toMatch(/^paperdesk-auto-/)
    expect(store.autoBackupStatus()).toMatchObject({ error: null, lastSuccessAt: expect.any(String) })
    store.close()
  })

  it('a failing automatic backup is reported, not only logged', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    writeFileSync(join(dir, 'backups'), 'a file where the folder should be')
    await expect(store.backupIfDue(new Date())).rejects.toBeDefined()
    expect(store.autoBackupStatus()).toMatchObject({
      lastAttemptAt: expect.any(String),
      error: { code: 'IO' },
    })
    store.close()
  })

  it('keeps only the newest pre-restore safety copies', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    const source = await store.backupTo(join(tempDir(), 'source.sqlite'))
    for (let i = 0; i < 9; i++) await store.restoreFrom(source.path)
    expect(store.listBackups().filter((b) => b.name.startsWith('paperdesk-pre-restore-'))).toHaveLength(7)
    store.close()
  })
})

describe('backup to a chosen file', () => {
  it('never replaces a file that appears while the backup runs', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    store.db
      .prepare('INSERT INTO asset (sha256, mime, bytes, data) VALUES (?, ?, ?, ?)')
      .run('a'.repeat(64), 'x/y', 3_000_000, Buffer.alloc(3_000_000, 1))
    const dest = join(tempDir(), 'copy.sqlite')
    const running = store.backupTo(dest)
    const theirs = 'somebody else’s file'
    setImmediate(() => writeFileSync(dest, theirs))
    await expect(running).rejects.toMatchObject({ code: 'IO' })
    expect(readFileSync(dest, 'utf8')).toBe(theirs)
    expect(readdirSync(join(dest, '..'))).toEqual(['copy.sqlite'])
    store.close()
  })

  it('two backups to one file: one wins, the other is refused, the file is a whole backup', async () => {
    const store = new DataStore(tempDir())
    const dest = join(tempDir(), 'copy.sqlite')
    const results = await Promise.allSettled([store.backupTo(dest), store.backupTo(dest)])
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected'])
    const copy = new Database(dest, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
    store.close()
  })

  it('refuses to write onto the database itself or its side files', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    for (const target of ['paperdesk.sqlite-journal', 'paperdesk.sqlite.lock', 'paperdesk.sqlite-shm']) {
      await expect(store.backupTo(join(dir, target))).rejects.toMatchObject({ code: 'IO' })
    }
    expect(store.check().ok).toBe(true)
    store.close()
  })
})

describe('one store, several operations at once', () => {
  it('runs backups and restores one after another, all succeeding', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', '"dark"')`).run()
    const source = await store.backupTo(join(tempDir(), 'source.sqlite'))
    const all = await Promise.allSettled([
      store.backupNow(),
      store.restoreFrom(source.path),
      store.backupNow(),
      store.restoreFrom(source.path),
      store.backupTo(join(tempDir(), 'other.sqlite')),
    ])
    expect(all.filter((r) => r.status === 'rejected')).toEqual([])
    expect(store.check().ok).toBe(true)
    store.close()
  })

  it('db check counts the -wal in the size', () => {
    const store = new DataStore(tempDir())
    store.db.pragma('wal_autocheckpoint = 0')
    store.db
      .prepare('INSERT INTO asset (sha256, mime, bytes, data) VALUES (?, ?, ?, ?)')
      .run('b'.repeat(64), 'x/y', 500_000, Buffer.alloc(500_000, 2))
    expect(store.check().bytes).toBe(statSync(store.path).size + statSync(`${store.path}-wal`).size)
    expect(store.check().bytes).toBeGreaterThan(500_000)
    store.close()
  })
})
