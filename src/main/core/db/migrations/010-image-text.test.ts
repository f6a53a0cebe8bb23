import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from './index'
import { migration010ImageText } from './010-image-text'

const sha = 'a'.repeat(64)
const at = '2026-11-01T08:00:00.000Z'

function version7(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(
    db,
    migrations.filter((m) => m.version < migration010ImageText.version),
  )
  db.prepare(
    `INSERT INTO note (id, title, digest, created_at, updated_at) VALUES (1, 'scan', 'd1', ?, ?)`,
  ).run(at, at)
  db.prepare(`INSERT INTO asset (sha256, mime, bytes, data) VALUES (?, 'image/png', 1, x'00')`).run(sha)
  return db
}

describe('migration 010: text read from images', () => {
  it('keeps what was read per blob and forgets it with the blob, without holding the blob', () => {
    const db = version7()
    migrate(db, migrations)
    db.prepare(
      `INSERT INTO asset_text (sha256, engine, state, text, read_at) VALUES (?, 'e1', 'done', '甲方', ?)`,
    ).run(sha, at)
    // No foreign key to asset: the note deleter would count one as a use and never collect the blob.
    expect(db.prepare(`SELECT count(*) FROM pragma_foreign_key_list('asset_text')`).pluck().get()).toBe(0)
    db.prepare('DELETE FROM asset WHERE sha256 = ?').run(sha)
    expect(db.prepare('SELECT count(*) FROM asset_text').pluck().get()).toBe(0)
  })

  it('records per note which version its image text was made for, gone with the note', () => {
    const db = version7()
    migrate(db, migrations)
    db.prepare(`INSERT INTO note_image_text (note_id, digest, engine) VALUES (1, 'd1', 'e1')`).run()
    expect(() =>
      db.prepare(`INSERT INTO note_image_text (note_id, digest, engine) VALUES (9, 'd', 'e')`).run(),
    ).toThrow(/FOREIGN KEY/)
    db.prepare('DELETE FROM note WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM note_image_text').pluck().get()).toBe(0)
  })

  it('refuses a state it does not know and a key that is not a SHA-256', () => {
    const db = version7()
    migrate(db, migrations)
    const insert = db.prepare(`INSERT INTO asset_text (sha256, engine, state, read_at) VALUES (?, 'e', ?, ?)`)
    expect(() => insert.run(sha, 'maybe', at)).toThrow(/CHECK/)
    expect(() => insert.run('xyz', 'done', at)).toThrow(/CHECK/)
  })
})
