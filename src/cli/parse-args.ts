import { UsageError } from './command'

/** Options that apply to every command and may stand before or after it. */
export interface GlobalOptions {
  dataDir?: string
  json: boolean
  help: boolean
  version: boolean
}

export interface ParsedArgs {
  options: GlobalOptions
  /** Everything else, in order: the command words, their arguments and the command's own options. */
  rest: string[]
}

/**
 * Takes the global options (`--data-dir DIR`, `--data-dir=DIR`, `--json`, `-h/--help`,
 * `-v/--version`) out of `argv` wherever they stand; the command parses what is left.
 * After `--` nothing is taken.
 */
export function parseGlobalArgs(argv: readonly string[]): ParsedArgs {
  const options: GlobalOptions = { json: false, help: false, version: false }
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      rest.push(...argv.slice(i))
      break
    }
    if (arg === '--json') options.json = true
    else if (arg === '--help' || arg === '-h') options.help = true
    else if (arg === '--version' || arg === '-v') options.version = true
    else if (arg === '--data-dir' || arg.startsWith('--data-dir=')) {
      const value = arg === '--data-dir' ? argv[++i] : arg.slice('--data-dir='.length)
      if (!value || value.startsWith('--')) throw new UsageError('--data-dir needs a folder')
      options.dataDir = value
    } else rest.push(arg)
  }
  return { options, rest }
}
