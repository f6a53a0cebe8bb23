import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from './migrate'
import { latestSchemaVersion, migrations } from './migrations'
import type { Migration } from './migrations/types'

describe('migrate', () => {
  it('brings an empty database to the latest version', () => {
    const db = new Database(':memory:')
    expect(schemaVersion(db)).toBe(0)
    expect(migrate(db)).toBe(latestSchemaVersion)
    expect(latestSchemaVersion).toBe(migrations.length)
  })

  it('is idempotent: a second run changes nothing', () => {
    const db = new Database(':memory:')
    migrate(db)
    const tables = db.prepare(`SELECT name FROM sqlite_schema ORDER BY name`).all()
    expect(migrate(db)).toBe(latestSchemaVersion)
    expect(db.prepare(`SELECT name FROM sqlite_schema ORDER BY name`).all()).toEqual(tables)
  })

  it('rolls a failing migration back whole and keeps the previous version', () => {
    const db = new Database(':memory:')
    const failing: Migration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'half-done',
        up(d) {
          d.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY)')
          throw new Error('boom')
        },
      },
    ]
    expect(() => migrate(db, failing)).toThrow('boom')
    expect(schemaVersion(db)).toBe(latestSchemaVersion)
    const row = db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'half_done'`).get()
    expect(row).toBeUndefined()
  })

  it('refuses a database from a newer Paperdesk', () => {
    const db = new Database(':memory:')
    db.pragma(`user_version = ${latestSchemaVersion + 5}`)
    expect(() => migrate(db)).toThrow(/newer/)
  })

  it('refuses a migration list with a gap', () => {
    const db = new Database(':memory:')
    const gap: Migration[] = [{ version: 2, name: 'gap', up: () => undefined }]
    expect(() => migrate(db, gap)).toThrow(/expected 1/)
  })
})
