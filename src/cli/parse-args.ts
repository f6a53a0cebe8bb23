/** Options that apply to every command and may stand before or after it. */
export interface GlobalOptions {
  dataDir?: string
  json: boolean
  help: boolean
  version: boolean
}

export interface ParsedArgs {
  options: GlobalOptions
  /** The command words and their arguments, in order, with global options taken out. */
  positional: string[]
}

export class UsageError extends Error {}

/** A small parser: `--data-dir DIR`, `--data-dir=DIR`, `--json`, `-h/--help`, `-v/--version`, `--`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: GlobalOptions = { json: false, help: false, version: false }
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (arg === '--json') options.json = true
    else if (arg === '--help' || arg === '-h') options.help = true
    else if (arg === '--version' || arg === '-v') options.version = true
    else if (arg === '--data-dir' || arg.startsWith('--data-dir=')) {
      const value = arg === '--data-dir' ? argv[++i] : arg.slice('--data-dir='.length)
      if (!value || value.startsWith('--')) throw new UsageError('--data-dir needs a folder')
      options.dataDir = value
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`)
    else positional.push(arg)
  }
  return { options, positional }
}
