import { createRequire } from 'node:module'
import { AppError } from '../shared/errors'
import { resolveDataDir } from '../main/core/paths'
import { runDbCommand } from './db-commands'
import { parseArgs, UsageError, type GlobalOptions } from './parse-args'

export const usage = `Usage: paperdesk [--data-dir DIR] [--json] <command>

Commands:
  db backup OUT     copy the database to the new file OUT while it may be in use
  db restore IN     replace the database with the backup IN (checked first; the
                    current database is kept in the data folder's backups/)
  db check          run an integrity check and show the schema version

Options (before or after the command):
  --data-dir DIR    use DIR instead of the app's data folder (or set PAPERDESK_DATA_DIR)
  --json            print the result as JSON
  -v, --version     print the version
  -h, --help        print this help

Exit status: 0 success, 1 the command failed, 2 bad usage.`

export interface CommandResult {
  value: unknown
  text: string
  exitCode?: number
}

export interface CliIo {
  stdout: (line: string) => void
  stderr: (line: string) => void
  env?: NodeJS.ProcessEnv
}

export function appVersion(): string {
  // src/cli/ and out/cli/ both sit two levels below package.json.
  const pkg = createRequire(import.meta.url)('../../package.json') as { version: string }
  return pkg.version
}

/** Runs one CLI invocation and returns its exit status; all output goes through `io`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: GlobalOptions = { json: argv.includes('--json'), help: false, version: false }
  try {
    const parsed = parseArgs(argv)
    options = parsed.options
    if (options.version) return print(io, options, { version: appVersion() }, appVersion())
    if (options.help) return print(io, options, { usage }, usage)
    const [command, ...rest] = parsed.positional
    if (!command) throw new UsageError('no command given')
    const dataDir = resolveDataDir(options.dataDir, io.env ?? process.env)
    if (command === 'db') {
      const result = await runDbCommand(dataDir, rest)
      print(io, options, result.value, result.text)
      return result.exitCode ?? 0
    }
    throw new UsageError(`unknown command ${command}`)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`paperdesk: ${error.message}\n\n${usage}`)
      return 2
    }
    const envelope =
      error instanceof AppError
        ? error.toEnvelope()
        : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }
    io.stderr(options.json ? JSON.stringify({ error: envelope }) : `paperdesk: ${envelope.message}`)
    return 1
  }
}

function print(io: CliIo, options: GlobalOptions, value: unknown, text: string): number {
  io.stdout(options.json ? JSON.stringify(value, null, 2) : text)
  return 0
}
