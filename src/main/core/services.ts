import type { Services } from '../../shared/api'
import type { AssetRoutes } from './assets/asset-routes'
import type { AssetStore } from './assets/asset-store'
import { createFilingServices } from './filing/filing-services'
import type { JobRunner } from './jobs/job-runner'
import { matchLocale } from '../../shared/i18n'
import type { DataStore } from './db/data-store'
import { schemaVersion } from './db/migrate'
import { createNotesServices } from './notes/notes-service'
import type { PlatformPort } from './platform-port'
import type { SettingStore } from './settings/setting-store'
import { createCertifyServices } from './sign/certify/certify-services'
import { createSignServices } from './sign/sign-services'

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

/** Every contract method, implemented on the core. Inputs arrive already validated. */
export function createServices(deps: ServiceDeps): Services {
  const { store, settings, platform, jobs, onSettingsChanged } = deps
  return {
    app: {
      info: () => ({
        name: 'Paperdesk',
        version: platform.appVersion,
        dataDir: store.dataDir,
        systemLocale: matchLocale(platform.systemLocale()),
        shell: platform.shell,
        schemaVersion: schemaVersion(store.db),
        assetBaseUrl: platform.assetBaseUrl(),
        notices: settingsNotices(settings),
      }),
      openDataFolder: async () => ({ opened: await platform.openPath(store.dataDir) }),
    },
    settings: {
      get: () => settings.get(),
      update: (patch) => {
        const next = settings.update(patch)
        onSettingsChanged?.()
        return next
      },
    },
    db: {
      check: () => store.check(),
      backupNow: () => store.backupNow(),
      listBackups: () => store.listBackups(),
      autoBackupStatus: () => store.autoBackupStatus(),
      restoreBackup: ({ name }) => store.restoreBackup(name),
      restoreFromFile: async () => {
        const file = await platform.pickBackupFile()
        return file ? store.restoreFrom(file) : null
      },
    },
    jobs: {
      status: ({ id }) => jobs.status(id),
      cancel: ({ id }) => jobs.cancel(id),
    },
    sign: createSignServices(deps),
    certify: createCertifyServices(deps),
    filing: createFilingServices(deps),
    notes: createNotesServices(deps),
  }
}

function settingsNotices(settings: SettingStore): Array<'settings-damaged'> {
  settings.get() // reads every preference, noting any that cannot be read
  return settings.damaged().length > 0 ? ['settings-damaged'] : []
}
