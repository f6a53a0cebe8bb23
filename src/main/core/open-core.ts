import type { Services } from '../../shared/api'
import { AssetRoutes } from './assets/asset-routes'
import { JobRunner } from './jobs/job-runner'
import { DataStore } from './db/data-store'
import type { PlatformPort } from './platform-port'
import { dispatch } from './rpc/dispatch'
import { createServices } from './services'
import { SettingStore } from './settings/setting-store'

export interface Core {
  store: DataStore
  settings: SettingStore
  services: Services
  /** What `paperdesk-asset:` URLs serve; both shells answer through it. */
  assets: AssetRoutes
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
  const settings = new SettingStore(store)
  const assets = new AssetRoutes()
  const jobs = new JobRunner()
  const services = createServices({ store, settings, platform, assets, jobs, onSettingsChanged })
  return {
    store,
    settings,
    services,
    assets,
    jobs,
    call: (channel, input) => dispatch(services, channel, input, log),
    close: () => store.close(),
  }
}
