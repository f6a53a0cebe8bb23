import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from './index'
import { migration007NoteFtsContentless } from './007-note-fts-contentless'

const BEFORE = migrations.filter((m) => m.version < migration007NoteFtsContentless.version)
const at = '2026-11-01T08:00:00.000Z'

/** A version-6 database holding one note, indexed as migration 5 indexed it. */
function version6(): Database.Database {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(db, BEFORE)
  db.prepare(
    `INSERT INTO note (id, title, snippet, digest, created_at, updated_at) VALUES (3, '本周周报', '', 'd', ?, ?)`,
  ).run(at, at)
  db.prepare(`INSERT INTO note_body (note_id, html, text) VALUES (3, ?, ?)`).run(
    '<p>项目会议纪要 meeting notes</p><p>第二段 second</p>',
    '项目会议纪要 meeting notes\n第二段 second',
  )
  const chunk = db.prepare('INSERT INTO note_chunk (id, note_id, digest, title, body) VALUES (?, 3, ?, ?, ?)')
  chunk.run(3 * 2 ** 20, 't', '本周周报', '')
  chunk.run(3 * 2 ** 20 + 1, 'b', '', '项目会议纪要 meeting notes\n第二段 second')
  return db
}

const notesMatching = (db: Database.Database, phrase: string) =>
  db.prepare('SELECT DISTINCT rowid >> 20 FROM note_fts WHERE note_fts MATCH ?').pluck().all(`"${phrase}"`)

describe('migration 007: contentless search index, text kept in chunks only', () => {
  it('keeps every indexed note findable, by title and by text, Chinese and English', () => {
    const db = version6()
    migrate(db, migrations)
    expect(notesMatching(db, '会议纪要')).toEqual([3])
    expect(notesMatching(db, 'meeting')).toEqual([3])
    const byTitle = db.prepare('SELECT rowid >> 20 FROM note_fts WHERE note_fts MATCH \'title : "周周报"\'')
    expect(byTitle.pluck().all()).toEqual([3])
    expect(notesMatching(db, 'second')).toEqual([3])
    // Merging is left to idle time: none inside a save until a level holds 64 segments.
    const config = db.prepare('SELECT k, v FROM note_fts_config WHERE k IN (?, ?) ORDER BY k')
    expect(config.all('automerge', 'crisismerge')).toEqual([
      { k: 'automerge', v: 0 },
      { k: 'crisismerge', v: 64 },
    ])
    // The chunk rows keep their digests and text; the note's text is no longer stored twice.
    expect(db.prepare('SELECT digest, body FROM note_chunk ORDER BY id').all()).toEqual([
      { digest: 't:t', body: '' },
      { digest: 'b', body: '项目会议纪要 meeting notes\n第二段 second' },
    ])
    // Titles alone are indexed by note id too.
    const titled = db.prepare('SELECT rowid FROM note_title_fts WHERE note_title_fts MATCH \'"周周报"\'')
    expect(titled.pluck().all()).toEqual([3])
    expect(db.prepare("SELECT name FROM pragma_table_info('note_body')").pluck().all()).toEqual([
      'note_id',
      'html',
    ])
  })

  it('forgets a chunk in the index when its row goes, and a note’s chunks when the note goes', () => {
    const db = version6()
    migrate(db, migrations)
    db.prepare('DELETE FROM note_chunk WHERE id = ?').run(3 * 2 ** 20 + 1)
    expect(notesMatching(db, 'meeting')).toEqual([])
    db.prepare('INSERT INTO note_chunk (id, note_id, digest, body) VALUES (?, 3, ?, ?)').run(
      3 * 2 ** 20 + 2,
      'c',
      'x',
    )
    db.prepare('INSERT INTO note_fts (rowid, title, body) VALUES (?, ?, ?)').run(
      3 * 2 ** 20 + 2,
      '',
      '新的段落内容',
    )
    expect(notesMatching(db, '段落内')).toEqual([3])
    db.prepare('DELETE FROM note WHERE id = 3').run()
    expect(db.prepare('SELECT count(*) FROM note_chunk').pluck().get()).toBe(0)
    expect(notesMatching(db, '段落内')).toEqual([])
    expect(db.prepare('SELECT count(*) FROM note_fts').pluck().get()).toBe(0)
    expect(db.prepare('SELECT count(*) FROM note_title_fts').pluck().get()).toBe(0)
  })

  it('still refuses to change a chunk row in place', () => {
    const db = version6()
    migrate(db, migrations)
    expect(() => db.prepare("UPDATE note_chunk SET body = 'x'").run()).toThrow(/replaced, never updated/)
  })
})
