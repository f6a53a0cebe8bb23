import type { Services } from '../../shared/api'
import { DataStore } from './db/data-store'
import type { PlatformPort } from './platform-port'
import { dispatch } from './rpc/dispatch'
import { createServices } from './services'
import { SettingStore } from './settings/setting-store'

export interface Core {
  store: DataStore
  settings: SettingStore
  services: Services
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
  const services = createServices({ store, settings, platform, onSettingsChanged })
  return {
    store,
    settings,
    services,
    call: (channel, input) => dispatch(services, channel, input, log),
    close: () => store.close(),
  }
}
