import Database from 'better-sqlite3'
import { sqliteOptions, type Connection } from './connection'
import { migrate } from './migrate'
import { migrations } from './migrations'

/** One row of `sqlite_schema`: a table, index, view or trigger and the SQL that made it. */
export interface SchemaEntry {
  type: string
  name: string
  tbl_name: string
  sql: string | null
}

/** SQLite's own statistics tables (ANALYZE / PRAGMA optimize): data, not code, so not compared. */
const STATISTICS = /^sqlite_stat\d$/

export function readSchema(db: Connection): SchemaEntry[] {
  const rows = db
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name')
    .all() as SchemaEntry[]
  return rows.filter((r) => !STATISTICS.test(r.name))
}

const cache = new Map<number, SchemaEntry[]>()

/** The schema the migrations build at `version`: what a Paperdesk database of that version holds. */
export function expectedSchema(version: number): SchemaEntry[] {
  const known = cache.get(version)
  if (known) return known
  const db = new Database(':memory:', sqliteOptions())
  try {
    migrate(db, migrations.slice(0, version))
    const schema = readSchema(db)
    cache.set(version, schema)
    return schema
  } finally {
    db.close()
  }
}

const normalise = (sql: string | null) => (sql ?? '').replace(/\s+/g, ' ').trim()
const key = (e: SchemaEntry) => `${e.type} ${e.name}`

/**
 * How `actual` differs from what the migrations build: objects missing, objects we did not make
 * (a view, a trigger, an extra table), and objects whose definition was changed (a CHECK dropped).
 * Empty when they match.
 */
export function schemaDifferences(
  actual: readonly SchemaEntry[],
  expected: readonly SchemaEntry[],
): string[] {
  const want = new Map(expected.map((e) => [key(e), e]))
  const have = new Map(actual.map((e) => [key(e), e]))
  const problems: string[] = []
  for (const [k, e] of want) {
    const found = have.get(k)
    if (!found) problems.push(`missing ${k}`)
    else if (normalise(found.sql) !== normalise(e.sql) || found.tbl_name !== e.tbl_name)
      problems.push(`changed ${k}`)
  }
  for (const k of have.keys()) if (!want.has(k)) problems.push(`unexpected ${k}`)
  return problems
}
