import type { AssetRoutes } from './assets/asset-routes'
import type { AssetStore } from './assets/asset-store'
import type { DataStore } from './db/data-store'
import type { JobRunner } from './jobs/job-runner'
import type { PlatformPort } from './platform-port'
import type { SettingStore } from './settings/setting-store'

/** What the core's services and doors are built on: one data folder's stores and the shell's port. */
export interface ServiceDeps {
  store: DataStore
  settings: SettingStore
  platform: PlatformPort
  /** `paperdesk-asset:` kinds register here (note images, previews). */
  assets: AssetRoutes
  /** The shared `asset` table (content-addressed blobs); served as `blob/<sha256>`. */
  blobs: AssetStore
  /** Long operations with progress and cancel (exports, batches). */
  jobs: JobRunner
  /** Called after the user's settings changed, e.g. so main can rebuild its menu. */
  onSettingsChanged?: () => void
}
