import type { Services } from '../../shared/api'
import { AssetRoutes } from './assets/asset-routes'
import { AssetStore } from './assets/asset-store'
import { JobRunner } from './jobs/job-runner'
import { DataStore } from './db/data-store'
import type { PlatformPort } from './platform-port'
import { dispatch } from './rpc/dispatch'
import { createServices } from './services'
import { recoverStagedOutputs } from './sign/recover-staged-outputs'
import { SettingStore } from './settings/setting-store'

export interface Core {
  store: DataStore
  settings: SettingStore
  services: Services
  /** What `paperdesk-asset:` URLs serve; both shells answer through it. */
  assets: AssetRoutes
  blobs: AssetStore
  jobs: JobRunner
  /** Validates and runs one contract call, as every transport does. */
  call(channel: string, input: unknown): ReturnType<typeof dispatch>
  close(): void
}

export interface CoreOptions {
  dataDir: string
  platform: PlatformPort
  onSettingsChanged?: () => void
  log?: (message: string, error: unknown) => void
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
  const services = createServices({ store, settings, platform, assets, blobs, jobs, onSettingsChanged })
  return {
    store,
    settings,
    services,
    assets,
    blobs,
    jobs,
    call: (channel, input) => dispatch(services, channel, input, log),
    close: () => store.close(),
  }
}
