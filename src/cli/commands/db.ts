import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError } from '../../shared/app-error'
import type { CliCommand } from '../command'

/** `paperdesk db backup OUT | restore IN | check`, on the data folder's database. */
export const dbCommands: readonly CliCommand[] = [
  {
    words: ['db', 'backup'],
    args: 'OUT',
    minArgs: 1,
    maxArgs: 1,
    summary: 'copy the database to the new file OUT while it may be in use',
    async run({ args, db }) {
      const out = resolve(args[0] as string)
      if (existsSync(out)) throw new AppError('IO', `${args[0]} already exists; choose a new file name`)
      const door = await db()
      const made = await door.backupTo(out)
      return { value: made, text: `Backed up ${door.path} to ${made.path} (${made.bytes} bytes)` }
    },
  },
  {
    words: ['db', 'restore'],
    args: 'IN',
    minArgs: 1,
    maxArgs: 1,
    summary:
      'replace the database with the backup IN (checked first; the current database is kept in the data folder’s backups/)',
    async run({ args, db }) {
      const source = resolve(args[0] as string)
      if (!existsSync(source)) throw new AppError('NOT_FOUND', `${args[0]}: no such file`)
      const door = await db()
      const result = await door.restoreFrom(source)
      return {
        value: result,
        text: `Restored ${door.path} from ${result.restoredFrom}\nThe previous database was kept at ${result.safetyCopy}`,
      }
    },
  },
  {
    words: ['db', 'check'],
    maxArgs: 0,
    summary: 'run an integrity check and show the schema version',
    async run({ db }) {
      const check = (await db()).check()
      const text = [
        `database: ${check.path} (${check.bytes} bytes)`,
        `integrity: ${check.integrity.join('; ')}`,
        `schema version: ${check.schemaVersion} of ${check.latestVersion}`,
        check.ok ? 'ok' : 'NOT OK',
      ].join('\n')
      return { value: check, text, exitCode: check.ok ? 0 : 1 }
    },
  },
]
