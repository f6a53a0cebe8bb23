import type { Database, Statement } from 'better-sqlite3'

const caches = new WeakMap<Database, Map<string, Statement>>()

/**
 * The prepared statement for `sql` on this connection, compiled once. For hot paths (autosave
 * prepares a dozen statements per save; compiling them each time was a tenth of the save). A
 * restore opens a new connection, which gets its own cache. A statement's mode (`pluck`, `raw`,
 * `expand`) sticks to it: every caller of the same SQL must use the same mode.
 */
export function cachedStatement(db: Database, sql: string): Statement {
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  let statement = cache.get(sql)
  if (!statement) cache.set(sql, (statement = db.prepare(sql)))
  return statement
}
