import { statSync } from 'node:fs'
import { AppError, invalidBackup } from '../../../shared/errors'
import { openConnection } from './connection'
import { expectedSchema, readSchema, schemaDifferences } from './expected-schema'
import { PAPERDESK_APPLICATION_ID } from './migrations/001-setting'
import { latestSchemaVersion } from './migrations'

/**
 * Checks that `file` is an intact Paperdesk database this version can use: integrity (which
 * includes CHECK and NOT NULL constraints), the Paperdesk application id, a schema version not
 * newer than ours, and a schema exactly as our migrations build it — no missing or altered table,
 * no view or trigger we did not make. Throws INVALID_BACKUP with a reason otherwise.
 * The file is opened read-write (a WAL-mode copy cannot be opened read-only without its
 * shared-memory file); callers pass a staging copy, never the user's original.
 */
export function verifyDatabaseFile(file: string): { schemaVersion: number } {
  try {
    if (!statSync(file).isFile()) throw invalidBackup('unreadable', 'not a file')
  } catch (error) {
    if (error instanceof AppError) throw error
    throw invalidBackup('unreadable', 'the file cannot be read', { file })
  }

  let db
  try {
    db = openConnection(file, { migrate: false })
  } catch {
    throw invalidBackup('cannot-open', 'the database cannot be opened')
  }
  try {
    let integrity: string[]
    try {
      integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map(
        (r) => r.integrity_check,
      )
    } catch {
      throw invalidBackup('damaged', 'the database is damaged')
    }
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw invalidBackup('damaged', 'the integrity check failed', { integrity: integrity.slice(0, 5) })
    }
    const appId = db.pragma('application_id', { simple: true }) as number
    if (appId !== PAPERDESK_APPLICATION_ID) {
      throw invalidBackup('not-paperdesk', 'it is an SQLite file, but not a Paperdesk database')
    }
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > latestSchemaVersion) {
      throw invalidBackup('newer-schema', `it was made by a newer Paperdesk (schema ${version})`, {
        schemaVersion: version,
        latestVersion: latestSchemaVersion,
      })
    }
    const differences = schemaDifferences(readSchema(db), expectedSchema(version))
    if (differences.length > 0) {
      throw invalidBackup(
        'altered-schema',
        `its tables are not the ones Paperdesk makes: ${differences.slice(0, 5).join(', ')}`,
        {
          differences: differences.slice(0, 20),
        },
      )
    }
    return { schemaVersion: version }
  } finally {
    db.close()
  }
}
