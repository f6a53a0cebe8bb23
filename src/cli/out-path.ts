import { existsSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { userError } from '../shared/app-error'
import { requiredOption, type CommandContext, type OptionSpec } from './command'

/** The option every command that writes `--out` takes. */
export const overwriteOption: Readonly<Record<'overwrite', OptionSpec>> = {
  overwrite: { type: 'boolean', help: 'replace the --out file if it exists' },
}

/**
 * The file `--out` names, made absolute and checked before any work is done: an existing file is
 * refused unless `--overwrite` is given (`cli.out-exists`), and the data folder's live database
 * (or its -wal, -shm or -journal) is refused always (`cli.out-is-database`), however it is named:
 * a relative path, a symbolic link or a hard link to it.
 */
export async function outPath(ctx: CommandContext, option = 'out'): Promise<string> {
  const out = resolve(requiredOption(ctx.options, option))
  refuseOut(out, await ctx.databasePath(), ctx.options['overwrite'] === true)
  return out
}

export function refuseOut(out: string, database: string, overwrite: boolean): void {
  if (isDatabaseFile(out, database))
    throw userError('VALIDATION', 'cli.out-is-database', "{{path}} is Paperdesk's live database", {
      path: out,
    })
  if (existsSync(out) && !overwrite)
    throw userError('IO', 'cli.out-exists', '{{path}} already exists; add --overwrite to replace it', {
      path: out,
    })
}

function isDatabaseFile(out: string, database: string): boolean {
  const names = ['', '-wal', '-shm', '-journal'].map((suffix) => database + suffix)
  const real = (path: string) => {
    // The folder may be reached through a link; the file itself may not exist yet.
    try {
      return realpathSync(path)
    } catch {
      try {
        return join(realpathSync(dirname(path)), basename(path))
      } catch {
        return path
      }
    }
  }
  const target = real(out)
  if (names.some((name) => real(name) === target)) return true
  // A hard link: another name for the same file.
  try {
    const a = statSync(out)
    return names.some((name) => {
      if (!existsSync(name)) return false
      const b = statSync(name)
      return a.ino === b.ino && a.dev === b.dev
    })
  } catch {
    return false
  }
}
