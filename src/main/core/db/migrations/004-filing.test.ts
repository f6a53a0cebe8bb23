import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from './index'
import { migration004Filing } from './004-filing'

describe('migration 003: filing', () => {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(
    db,
    migrations.filter((m) => m.version <= migration004Filing.version),
  )
  const insertFiling = db.prepare(
    `INSERT INTO filing (app_name, provider, filing_type, flow_id, status, status_at) VALUES ('备案助手', 'aliyun', 'first', 'aliyun-app', ?, '2026-03-12T01:00:00.000Z')`,
  )

  it('keeps filings with a known status only', () => {
    expect(() => insertFiling.run('draft')).not.toThrow()
    expect(() => insertFiling.run('lost')).toThrow(/CHECK constraint/)
  })

  it('removes a filing’s steps, events, form and attachment links with it, never the shared blob', () => {
    const id = Number(insertFiling.run('draft').lastInsertRowid)
    db.prepare("INSERT INTO filing_step (filing_id, step_key, position) VALUES (?, 'submit', 0)").run(id)
    db.prepare("INSERT INTO filing_event (filing_id, at, kind) VALUES (?, 'x', 'status')").run(id)
    db.prepare("INSERT INTO filing_field (filing_id, section, value) VALUES (?, 'app', '{}')").run(id)
    const sha = 'a'.repeat(64)
    db.prepare("INSERT INTO asset (sha256, mime, bytes, data) VALUES (?, 'image/png', 1, x'00')").run(sha)
    db.prepare("INSERT INTO filing_attachment (filing_id, asset_sha256, name) VALUES (?, ?, 'id.png')").run(
      id,
      sha,
    )
    // A blob a filing points at cannot be dropped from under it.
    expect(() => db.prepare('DELETE FROM asset WHERE sha256 = ?').run(sha)).toThrow(/FOREIGN KEY/)
    db.prepare('DELETE FROM filing WHERE id = ?').run(id)
    for (const table of ['filing_step', 'filing_event', 'filing_field', 'filing_attachment'])
      expect(db.prepare(`SELECT count(*) AS n FROM ${table} WHERE filing_id = ?`).get(id), table).toEqual({
        n: 0,
      })
    expect(db.prepare('SELECT count(*) AS n FROM asset').get()).toEqual({ n: 1 })
  })

  it('refuses a form section that is not JSON and an attachment of a blob that does not exist', () => {
    const id = Number(insertFiling.run('draft').lastInsertRowid)
    expect(() =>
      db.prepare("INSERT INTO filing_field (filing_id, section, value) VALUES (?, 'app', 'nope')").run(id),
    ).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare("INSERT INTO filing_attachment (filing_id, asset_sha256, name) VALUES (?, ?, 'x.png')")
        .run(id, 'b'.repeat(64)),
    ).toThrow(/FOREIGN KEY/)
  })
})
