import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../migrate'
import { migrations } from './index'
import { migration009SignatureSeal } from './009-signature-seal'

const hash = 'a'.repeat(64)
const upTo = (version: number) => migrations.filter((m) => m.version <= version)

describe('migration 009: seals in the signature library', () => {
  it('keeps every existing signature a signature, and takes seals from then on', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, upTo(migration009SignatureSeal.version - 1))
    db.prepare(
      `INSERT INTO signature (name, kind, strokes, svg, preview_png, preview_sha256, ink_sha256, aspect)
       VALUES ('mine', 'drawn', '[]', '<svg/>', x'00', ?, ?, 3)`,
    ).run(hash, hash)
    migrate(db, upTo(migration009SignatureSeal.version))
    expect(db.prepare('SELECT name, role FROM signature').all()).toEqual([
      { name: 'mine', role: 'signature' },
    ])
    const insert = (role: string) =>
      db
        .prepare(
          `INSERT INTO signature (name, kind, ink_png, preview_png, preview_sha256, ink_sha256, aspect, role)
           VALUES ('公章', 'png', x'00', x'00', ?, ?, 1, ?)`,
        )
        .run(hash, hash, role)
    insert('seal')
    expect(() => insert('stamp')).toThrow(/CHECK/)
    expect(db.prepare("SELECT count(*) FROM signature WHERE role = 'seal'").pluck().get()).toBe(1)
  })
})
