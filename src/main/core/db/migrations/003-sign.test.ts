import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from './index'
import { migration003Sign } from './003-sign'

const hash = 'a'.repeat(64)

function fresh() {
  const db = new Database(':memory:')
  db.pragma('foreign_keys = ON')
  migrate(
    db,
    migrations.filter((m) => m.version <= migration003Sign.version),
  )
  return db
}

function addSignature(db: Database.Database, name: string, isDefault = 0) {
  return Number(
    db
      .prepare(
        `INSERT INTO signature (name, kind, strokes, svg, preview_png, preview_sha256, ink_sha256, aspect, is_default)
         VALUES (?, 'drawn', '[]', '<svg/>', x'00', ?, ?, 3, ?)`,
      )
      .run(name, hash, hash, isDefault).lastInsertRowid,
  )
}

describe('migration 003: sign', () => {
  it('allows one default signature only', () => {
    const db = fresh()
    addSignature(db, 'a', 1)
    expect(() => addSignature(db, 'b', 1)).toThrow(/UNIQUE/)
    addSignature(db, 'b', 0)
  })

  it('needs exactly one ink form, and stroke points for a drawn signature', () => {
    const db = fresh()
    const insert = (svg: string | null, png: Buffer | null, strokes: string | null) =>
      db
        .prepare(
          `INSERT INTO signature (name, kind, strokes, svg, ink_png, preview_png, preview_sha256, ink_sha256, aspect)
           VALUES ('x', 'drawn', ?, ?, ?, x'00', ?, ?, 2)`,
        )
        .run(strokes, svg, png, hash, hash)
    expect(() => insert(null, null, '[]')).toThrow(/CHECK/)
    expect(() => insert('<svg/>', Buffer.from([1]), '[]')).toThrow(/CHECK/)
    expect(() => insert('<svg/>', null, null)).toThrow(/CHECK/)
    expect(() => insert('<svg/>', null, 'not json')).toThrow(/CHECK/)
  })

  it('keeps the audit record when its signature is deleted, and drops placements with their record', () => {
    const db = fresh()
    const sig = addSignature(db, 'me')
    const record = Number(
      db
        .prepare(
          `INSERT INTO sign_record (input_name, input_path, input_sha256, output_name, output_path, output_sha256,
             output_format, page_count, origin) VALUES ('a.pdf', '/a.pdf', ?, 'b.pdf', '/b.pdf', ?, 'pdf', 1, 'app')`,
        )
        .run(hash, hash).lastInsertRowid,
    )
    db.prepare(
      `INSERT INTO sign_placement (record_id, position, page, x, y, width, height, rotate, opacity, signature_id,
         signature_name, signature_sha256) VALUES (?, 0, 0, 0.1, 0.1, 0.2, 0.05, 0, 1, ?, 'me', ?)`,
    ).run(record, sig, hash)
    db.prepare('DELETE FROM signature WHERE id = ?').run(sig)
    expect(db.prepare('SELECT signature_id, signature_name FROM sign_placement').get()).toEqual({
      signature_id: null,
      signature_name: 'me',
    })
    db.prepare('DELETE FROM sign_record WHERE id = ?').run(record)
    expect(db.prepare('SELECT count(*) AS n FROM sign_placement').get()).toEqual({ n: 0 })
  })

  it('refuses an unknown output format or origin', () => {
    const db = fresh()
    expect(() =>
      db
        .prepare(
          `INSERT INTO sign_record (input_name, input_path, input_sha256, output_name, output_path, output_sha256,
             output_format, page_count, origin) VALUES ('a', '/a', ?, 'b', '/b', ?, 'gif', 1, 'app')`,
        )
        .run(hash, hash),
    ).toThrow(/CHECK/)
  })
})
