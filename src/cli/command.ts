import type { DbDoor } from '../main/core/db/db-door'
import type { Core } from '../main/core/open-core'

/** How a command writes: one line (or block) per call. */
export interface CliIo {
  stdout: (line: string) => void
  stderr: (line: string) => void
  env?: NodeJS.ProcessEnv
}

/** One option a command accepts, as `node:util` parseArgs understands it. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  multiple?: boolean
  /** Shown in the usage text, e.g. `--title T`. */
  value?: string
  help: string
  /** The command cannot run without it: the runner says so before the command starts. */
  required?: boolean
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>

/**
 * What a command gets to work with. The data folder is opened only if the command asks for it, and
 * commands reach it through the tools' doors (`core().doors`), as the app's services do.
 */
export interface CommandContext {
  /** Positional arguments after the command words. */
  args: string[]
  options: OptionValues
  json: boolean
  io: CliIo
  /** The data folder's database file (`--data-dir`, `PAPERDESK_DATA_DIR` or the OS default), not opened. */
  databasePath(): Promise<string>
  /** The data folder's database alone (no services): opened on first call, closed after the command. */
  db(): Promise<DbDoor>
  /** The core on the data folder, with every door: opened on first call, closed after the command. */
  core(): Promise<Core>
}

export interface CommandResult {
  /** Printed as JSON with `--json`. */
  value: unknown
  /** Printed otherwise. */
  text: string
  exitCode?: number
}

/**
 * One CLI command. Domain files (`commands/<domain>.ts`) export arrays of these; keep their top
 * level light (no sharp, pdf-lib, playwright…): import heavy modules inside `run`, so a command
 * loads only what it needs.
 */
export interface CliCommand {
  /** The command words, e.g. `['db', 'backup']`. */
  words: readonly string[]
  /** Positional arguments as shown in the usage text, e.g. `OUT` or `ID...`. */
  args?: string
  minArgs?: number
  /** Omitted: no limit. */
  maxArgs?: number
  options?: Readonly<Record<string, OptionSpec>>
  summary: string
  run(ctx: CommandContext): Promise<CommandResult>
}

/** Wrong words or options: exit 2 with the usage text. */
export class UsageError extends Error {}

/** A string option that may be absent. */
export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name]
  return typeof value === 'string' ? value : undefined
}

/** A string option the command cannot do without. */
export function requiredOption(options: OptionValues, name: string): string {
  const value = stringOption(options, name)
  if (value === undefined) throw new UsageError(`--${name} is required`)
  return value
}

/** A repeatable string option, as a list (empty when absent). */
export function listOption(options: OptionValues, name: string): string[] {
  const value = options[name]
  if (Array.isArray(value)) return value
  return typeof value === 'string' ? [value] : []
}

/** A number option; bad text is a usage error, not NaN downstream. */
export function numberOption(options: OptionValues, name: string): number | undefined {
  const value = stringOption(options, name)
  if (value === undefined) return undefined
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`--${name} needs a number, not ${value}`)
  return n
}
