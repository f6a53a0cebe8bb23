import { createRequire } from 'node:module'
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util'
import { AppError, type ErrorEnvelope } from '../shared/app-error'
import type { DbDoor } from '../main/core/db/db-door'
import type { Core } from '../main/core/open-core'
import { UsageError, type CliCommand, type CliIo, type CommandContext, type OptionValues } from './command'
import { commandTable } from './command-table'
import { parseGlobalArgs, type GlobalOptions } from './parse-args'
import { refusalLine } from './refusal-line'
import { commandUsage, usage } from './usage'

export type { CliIo, CommandResult } from './command'

export function appVersion(): string {
  // src/cli/ and out/cli/ both sit two levels below package.json.
  const pkg = createRequire(import.meta.url)('../../package.json') as { version: string }
  return pkg.version
}

/** The command whose words start `rest`; the longest match wins. */
export function findCommand(
  rest: readonly string[],
  table: readonly CliCommand[] = commandTable,
): CliCommand | undefined {
  let best: CliCommand | undefined
  for (const command of table) {
    const matches = command.words.every((word, i) => rest[i] === word)
    if (matches && command.words.length > (best?.words.length ?? 0)) best = command
  }
  return best
}

function explainMiss(rest: readonly string[], table: readonly CliCommand[]): string {
  if (rest.length === 0 || rest[0]?.startsWith('-')) return 'no command given'
  const group = table.filter((c) => c.words[0] === rest[0])
  if (group.length === 0) return `unknown command ${rest[0]}`
  const subs = [...new Set(group.map((c) => c.words.slice(1).join(' ')))].join(', ')
  return rest.length > 1
    ? `unknown ${rest[0]} subcommand ${rest[1]}`
    : `${rest[0]} needs a subcommand: ${subs}`
}

function parseCommandArgs(command: CliCommand, tokens: string[]): { args: string[]; options: OptionValues } {
  const options: NonNullable<ParseArgsConfig['options']> = {}
  for (const [name, spec] of Object.entries(command.options ?? {})) {
    options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) }
  }
  let parsed
  try {
    parsed = parseNodeArgs({ args: tokens, options, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error))
  }
  const args = parsed.positionals
  const name = command.words.join(' ')
  if (args.length < (command.minArgs ?? 0))
    throw new UsageError(`${name} needs ${command.args ?? 'arguments'}`)
  if (args.length > (command.maxArgs ?? Infinity)) throw new UsageError(`too many arguments for ${name}`)
  const missing = Object.entries(command.options ?? {}).find(
    ([option, spec]) => spec.required && parsed.values[option] === undefined,
  )
  if (missing) throw new UsageError(`--${missing[0]} is required`)
  return { args, options: parsed.values as OptionValues }
}

/** Runs one CLI invocation and returns its exit status; all output goes through `io`. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  table: readonly CliCommand[] = commandTable,
): Promise<number> {
  let options: GlobalOptions = { json: argv.includes('--json'), help: false, version: false }
  let opened: { db?: DbDoor & { close(): void }; core?: Core } = {}
  let command: CliCommand | undefined
  try {
    const parsed = parseGlobalArgs(argv)
    options = parsed.options
    if (options.version) return print(io, options, { version: appVersion() }, appVersion())
    command = findCommand(parsed.rest, table)
    if (options.help) {
      const text = command ? commandUsage(command) : usage(table)
      return print(io, options, { usage: text }, text)
    }
    if (!command) throw new UsageError(explainMiss(parsed.rest, table))
    const { args, options: commandOptions } = parseCommandArgs(
      command,
      parsed.rest.slice(command.words.length),
    )
    const where = { dataDir: options.dataDir, env: io.env ?? process.env }
    const ctx: CommandContext = {
      args,
      options: commandOptions,
      json: options.json,
      io,
      databasePath: async () => (await import('../main/core/open-core')).cliDatabasePath(where),
      db: async () => {
        if (opened.core) return opened.core.doors.db
        opened.db ??= (await import('../main/core/open-core')).openCliDb(where)
        return opened.db
      },
      core: async () => {
        if (!opened.core) {
          opened.db?.close()
          const { openCliCore } = await import('../main/core/open-core')
          opened = { core: await openCliCore({ ...where, appVersion: appVersion() }) }
        }
        return opened.core as Core
      },
    }
    const result = await command.run(ctx)
    print(io, options, result.value, result.text)
    return result.exitCode ?? 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`paperdesk: ${error.message}\n\n${command ? commandUsage(command) : usage(table)}`)
      return 2
    }
    const envelope: ErrorEnvelope =
      error instanceof AppError
        ? error.toEnvelope()
        : { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }
    io.stderr(
      options.json
        ? JSON.stringify({ error: envelope })
        : `paperdesk: ${await refusalLine(envelope, io.env ?? process.env)}`,
    )
    return 1
  } finally {
    opened.core?.close()
    opened.db?.close()
  }
}

function print(io: CliIo, options: GlobalOptions, value: unknown, text: string): number {
  io.stdout(options.json ? JSON.stringify(value, null, 2) : text)
  return 0
}
