import { copyFileSync, existsSync, readdirSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { translate } from '../../../shared/i18n'
import { useTempDirs } from '../test-support/temp-dir'
import { DataStore } from './data-store'
import { latestSchemaVersion } from './migrations'

const tempDir = useTempDirs()

function themeOf(store: DataStore): unknown {
  return store.db.prepare(`SELECT value FROM setting WHERE key = 'theme'`).pluck().get()
}

/** A real backup of a store whose theme is dark, then altered by `craft` as an attacker would. */
async function craftedBackup(store: DataStore, dir: string, craft: (db: Database.Database) => void) {
  const made = await store.backupNow()
  const file = join(dir, 'crafted.sqlite')
  copyFileSync(made.path, file)
  const db = new Database(file)
  try {
    craft(db)
  } finally {
    db.close()
  }
  return file
}

const SET_AT = `updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

const crafted: Array<[string, string, (db: Database.Database) => void]> = [
  ['without the setting table', 'altered-schema', (db) => db.exec('DROP TABLE setting')],
  [
    'with setting as a view',
    'altered-schema',
    (db) =>
      db.exec(
        `DROP TABLE setting; CREATE VIEW setting AS SELECT 'theme' AS key, 'x' AS value, '' AS updated_at`,
      ),
  ],
  [
    'with setting lacking its CHECK and holding non-JSON',
    'altered-schema',
    (db) =>
      db.exec(`DROP TABLE setting;
        CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL, ${SET_AT}) STRICT;
        INSERT INTO setting (key, value) VALUES ('theme', 'not json');`),
  ],
  [
    'with non-JSON slipped past the CHECK',
    'damaged',
    (db) => {
      db.pragma('ignore_check_constraints = ON')
      db.prepare(`UPDATE setting SET value = 'not json' WHERE key = 'theme'`).run()
    },
  ],
  [
    'with a trigger that aborts every update',
    'altered-schema',
    (db) =>
      db.exec(`CREATE TRIGGER no_updates BEFORE UPDATE ON setting BEGIN SELECT RAISE(ABORT, 'no'); END`),
  ],
  [
    'with a trigger that writes 50 MB per update',
    'altered-schema',
    (db) =>
      db.exec(`CREATE TABLE junk (x BLOB);
        CREATE TRIGGER bloat AFTER UPDATE ON setting BEGIN INSERT INTO junk VALUES (zeroblob(50000000)); END`),
  ],
  [
    'with an index we did not make',
    'altered-schema',
    (db) => db.exec('CREATE INDEX by_value ON setting (value)'),
  ],
  ['at version 0 but already holding our tables', 'altered-schema', (db) => db.pragma('user_version = 0')],
  ['from a newer Paperdesk', 'newer-schema', (db) => db.pragma(`user_version = ${latestSchemaVersion + 1}`)],
]

describe('restore refuses crafted backups', () => {
  it.each(crafted)(
    'a backup %s: INVALID_BACKUP (%s), translated, nothing changed',
    async (_label, reason, craft) => {
      const dir = tempDir()
      const store = new DataStore(dir)
      store.db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', '"dark"')`).run()
      const file = await craftedBackup(store, tempDir(), craft)
      store.db.prepare(`UPDATE setting SET value = '"light"' WHERE key = 'theme'`).run()
      const before = readdirSync(dir).sort()
      const backupsBefore = store.listBackups().length

      const failure = await store.restoreFrom(file).catch((e: unknown) => e)
      expect(failure).toMatchObject({ code: 'INVALID_BACKUP', details: { reason } })
      // The user reads why, in either language.
      expect(translate('zh-CN', `errors.reasons.${reason}`)).toMatch(/[\u4e00-\u9fff]/)
      expect(translate('en', `errors.reasons.${reason}`)).not.toBe(`errors.reasons.${reason}`)
      // The current database is untouched, nothing left behind, no safety copy made.
      expect(themeOf(store)).toBe('"light"')
      expect(store.check().ok).toBe(true)
      expect(readdirSync(dir).sort()).toEqual(before)
      expect(store.listBackups()).toHaveLength(backupsBefore)
      store.close()
    },
  )

  it('refuses a small backup made sparse to 10 GB without allocating it', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    const file = await craftedBackup(store, tempDir(), () => undefined)
    truncateSync(file, 10 * 1024 ** 3)
    await expect(store.restoreFrom(file)).rejects.toMatchObject({
      code: 'INVALID_BACKUP',
      details: { reason: 'oversized' },
    })
    expect(statSync(store.path).size).toBeLessThan(1024 * 1024)
    expect(readdirSync(dir).filter((n) => n.startsWith('.restore-staging'))).toEqual([])
    store.close()
  })

  it('restores the latest commits of a WAL-mode source, still in its -wal, and leaves its folder as it was', async () => {
    const source = new DataStore(tempDir())
    source.db.pragma('wal_autocheckpoint = 0')
    source.db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', '"dark"')`).run()
    source.db.prepare(`UPDATE setting SET value = '"light"' WHERE key = 'theme'`).run()
    // A copy of the database and its -wal, as a user might pick up from another machine.
    const copyDir = tempDir()
    const copy = join(copyDir, 'from-laptop.sqlite')
    copyFileSync(source.path, copy)
    copyFileSync(`${source.path}-wal`, `${copy}-wal`)
    source.close()
    expect(statSync(`${copy}-wal`).size).toBeGreaterThan(0)

    const store = new DataStore(tempDir())
    await store.restoreFrom(copy)
    expect(themeOf(store)).toBe('"light"')
    expect(readdirSync(copyDir).sort()).toEqual(['from-laptop.sqlite', 'from-laptop.sqlite-wal'])
    store.close()
  })

  it('refuses a FIFO as a source instead of hanging', async () => {
    const { execFileSync } = await import('node:child_process')
    const fifo = join(tempDir(), 'pipe.sqlite')
    execFileSync('mkfifo', [fifo])
    const store = new DataStore(tempDir())
    await expect(store.restoreFrom(fifo)).rejects.toMatchObject({
      code: 'INVALID_BACKUP',
      details: { reason: 'unreadable' },
    })
    expect(existsSync(fifo)).toBe(true)
    store.close()
  })
})
