import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError } from '../shared/errors'
import { DataStore } from '../main/core/db/data-store'
import { UsageError } from './parse-args'
import type { CommandResult } from './run-cli'

/** `paperdesk db backup OUT | restore IN | check`, on the data folder's database. */
export async function runDbCommand(dataDir: string, args: string[]): Promise<CommandResult> {
  const [sub, file, ...rest] = args
  const needsFile = sub === 'backup' || sub === 'restore'
  if (!sub) throw new UsageError('db needs a subcommand: backup, restore or check')
  if (!['backup', 'restore', 'check'].includes(sub)) throw new UsageError(`unknown db subcommand ${sub}`)
  if (needsFile && !file) throw new UsageError(`db ${sub} needs a file`)
  if (rest.length > 0 || (!needsFile && file)) throw new UsageError(`too many arguments for db ${sub}`)

  if (sub === 'restore' && !existsSync(resolve(file as string))) {
    throw new AppError('NOT_FOUND', `${file}: no such file`)
  }
  if (sub === 'backup' && existsSync(resolve(file as string))) {
    throw new AppError('IO', `${file} already exists; choose a new file name`)
  }

  const store = new DataStore(dataDir)
  try {
    if (sub === 'backup') {
      const made = await store.backupTo(resolve(file as string))
      return { value: made, text: `Backed up ${store.path} to ${made.path} (${made.bytes} bytes)` }
    }
    if (sub === 'restore') {
      const result = await store.restoreFrom(resolve(file as string))
      return {
        value: result,
        text: `Restored ${store.path} from ${result.restoredFrom}\nThe previous database was kept at ${result.safetyCopy}`,
      }
    }
    const check = store.check()
    const text = [
      `database: ${check.path} (${check.bytes} bytes)`,
      `integrity: ${check.integrity.join('; ')}`,
      `schema version: ${check.schemaVersion} of ${check.latestVersion}`,
      check.ok ? 'ok' : 'NOT OK',
    ].join('\n')
    return { value: check, text, exitCode: check.ok ? 0 : 1 }
  } finally {
    store.close()
  }
}
