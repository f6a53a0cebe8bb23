import { dataDirOverride } from './core/paths'

/** The value of `--data-dir DIR` or `--data-dir=DIR`, if given. */
export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--data-dir') return argv[i + 1] || undefined
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || undefined
  }
  return undefined
}

/**
 * Where the database lives: `--data-dir`, then `PAPERDESK_DATA_DIR` (the same rule as the CLI's),
 * then Electron's userData. `overridden` tells main to move userData there too, so Chromium's own
 * files follow.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  defaultDir: string,
): { dir: string; overridden: boolean } {
  const chosen = dataDirOverride(dataDirFlag(argv), env)
  return chosen ? { dir: chosen, overridden: true } : { dir: defaultDir, overridden: false }
}
