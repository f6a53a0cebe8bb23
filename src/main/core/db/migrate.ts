import type { Database } from 'better-sqlite3'
import { invalidBackup } from '../../../shared/errors'
import { migrations as allMigrations, type Migration } from './migrations'

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Brings the schema up to the newest version, one transaction per migration, so a failing step
 * leaves the database at the previous version rather than half-migrated.
 */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number {
  assertOrdered(migrations)
  const latest = migrations.at(-1)?.version ?? 0
  const current = schemaVersion(db)
  if (current > latest) {
    throw invalidBackup(
      'newer-schema',
      `database schema version ${current} is newer than this Paperdesk understands (${latest})`,
      { schemaVersion: current, latestVersion: latest },
    )
  }
  for (const m of migrations) {
    if (m.version <= current) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    }).immediate()
  }
  return schemaVersion(db)
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
}
