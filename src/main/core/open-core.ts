import { join } from 'node:path'
import type { Services } from '../../shared/api'
import { AssetRoutes } from './assets/asset-routes'
import { AssetStore } from './assets/asset-store'
import { JobRunner } from './jobs/job-runner'
import { DATABASE_FILE, DataStore } from './db/data-store'
import { DbDoor } from './db/db-door'
import { openDoors, type Doors } from './doors'
import { resolveDataDir } from './paths'
import type { PlatformPort } from './platform-port'
import { dispatch } from './rpc/dispatch'
import { createServices } from './services'
import { recoverStagedOutputs } from './sign/recover-staged-outputs'
import { SettingStore } from './settings/setting-store'

export interface Core {
  store: DataStore
  settings: SettingStore
  services: Services
  /** The tools' use cases, for callers that are not a contract transport (the CLI). */
  doors: Doors
  /** What `paperdesk-asset:` URLs serve; both shells answer through it. */
  assets: AssetRoutes
  blobs: AssetStore
  jobs: JobRunner
  /** Validates and runs one contract call, as every transport does. */
  call(channel: string, input: unknown): ReturnType<typeof dispatch>
  /** Contract calls so far, and milliseconds since the last one: background work waits for quiet. */
  calls(): number
  idleMs(): number
  close(): void
}

export interface CoreOptions {
  dataDir: string
  platform: PlatformPort
  onSettingsChanged?: () => void
  log?: (message: string, error: unknown) => void
}

export interface CliCoreOptions {
  /** `--data-dir`; else PAPERDESK_DATA_DIR, else the OS default (as the app decides). */
  dataDir: string | undefined
  env: NodeJS.ProcessEnv
  appVersion: string
}

/**
 * The core as the `paperdesk` command opens it, on plain Node: no dialogs (pickers answer
 * "cancelled"), PDF through a system Chromium found with `env`, keys protected by passphrases.
 */
export async function openCliCore({ dataDir, env, appVersion }: CliCoreOptions): Promise<Core> {
  const { HarnessPlatform } = await import('./harness-platform')
  return openCore({
    dataDir: resolveDataDir(dataDir, env),
    platform: new HarnessPlatform({ appVersion, env }),
  })
}

/** The database file of the data folder the CLI would open (`--data-dir`, env, default), not opened. */
export function cliDatabasePath({ dataDir, env }: Omit<CliCoreOptions, 'appVersion'>): string {
  return join(resolveDataDir(dataDir, env), DATABASE_FILE)
}

/** The data folder's database alone, behind its door, for `paperdesk db`: no services; close it after. */
export function openCliDb({ dataDir, env }: Omit<CliCoreOptions, 'appVersion'>): DbDoor & { close(): void } {
  const store = new DataStore(resolveDataDir(dataDir, env))
  return Object.assign(new DbDoor(store), { close: () => store.close() })
}

/** Opens the data folder's database (migrating it) and wires every service to it. */
export function openCore({ dataDir, platform, onSettingsChanged, log }: CoreOptions): Core {
  const store = new DataStore(dataDir)
  // Signed copies a killed process left half-way: finished if recorded, else removed.
  recoverStagedOutputs(store)
  const settings = new SettingStore(store)
  const assets = new AssetRoutes()
  const blobs = new AssetStore(store)
  // Content-addressed, so knowing the key is the only way to ask for a blob.
  assets.register('blob', (sha256) => blobs.get(sha256))
  const jobs = new JobRunner()
  const deps = { store, settings, platform, assets, blobs, jobs, onSettingsChanged }
  const doors = openDoors(deps)
  const services = createServices(deps, doors)
  let calls = 0
  let lastCallAt = Date.now()
  return {
    store,
    settings,
    services,
    doors,
    assets,
    blobs,
    jobs,
    call: (channel, input) => {
      calls++
      lastCallAt = Date.now()
      return dispatch(services, channel, input, log)
    },
    calls: () => calls,
    idleMs: () => Date.now() - lastCallAt,
    close: () => {
      // The OCR worker stops with the core (its pictures' text is written per note, so nothing is half-way).
      void doors.ocr.close()
      store.close()
    },
  }
}
