import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_DIR_NAME = 'Paperdesk'

/**
 * The folder Electron's `app.getPath('userData')` gives Paperdesk on each OS, computed without
 * Electron so the CLI finds the same database as the app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME)
  return join(env['XDG_CONFIG_HOME'] || join(home, '.config'), APP_DIR_NAME)
}

/** The folder the user asked for — `--data-dir`, then `PAPERDESK_DATA_DIR` — made absolute; else undefined. */
export function dataDirOverride(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const chosen = flag || env['PAPERDESK_DATA_DIR']
  return chosen ? resolve(chosen) : undefined
}

/** `--data-dir` wins, then `PAPERDESK_DATA_DIR`, then the OS default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return dataDirOverride(flag, env) ?? defaultUserDataDir(process.platform, env)
}
