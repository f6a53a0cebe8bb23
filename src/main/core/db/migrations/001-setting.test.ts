import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migration001Setting, PAPERDESK_APPLICATION_ID } from './001-setting'

describe('migration 001: setting', () => {
  const db = new Database(':memory:')
  migrate(db, [migration001Setting])

  it('marks the file as a Paperdesk database', () => {
    expect(db.pragma('application_id', { simple: true })).toBe(PAPERDESK_APPLICATION_ID)
  })

  it('creates a key/value table that only accepts JSON values', () => {
    db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)').run('theme', '"dark"')
    const row = db.prepare('SELECT key, value, updated_at FROM setting').get() as {
      key: string
      value: string
      updated_at: string
    }
    expect(row.key).toBe('theme')
    expect(JSON.parse(row.value)).toBe('dark')
    expect(row.updated_at).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(() => db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)').run('x', 'not json')).toThrow(
      /CHECK constraint/,
    )
    expect(() =>
      db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)').run('theme', '"light"'),
    ).toThrow(/UNIQUE/)
  })
})
