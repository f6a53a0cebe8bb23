import type { Services } from '../../shared/api'
import type { Doors } from './doors'
import { createFilingServices } from './filing/filing-services'
import { matchLocale } from '../../shared/i18n'
import { schemaVersion } from './db/migrate'
import { createNotesServices } from './notes/notes-service'
import { createOcrServices } from './ocr/ocr-services'
import type { ServiceDeps } from './service-deps'
import type { SettingStore } from './settings/setting-store'
import { createCertifyServices } from './sign/certify/certify-services'
import { createSignMarksServices, createSignServices } from './sign/sign-services'

export type { ServiceDeps } from './service-deps'

/** Every contract method, implemented on the core. Inputs arrive already validated. */
export function createServices(deps: ServiceDeps, doors: Doors): Services {
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
      check: () => doors.db.check(),
      backupNow: () => doors.db.backupNow(),
      listBackups: () => doors.db.listBackups(),
      autoBackupStatus: () => doors.db.autoBackupStatus(),
      restoreBackup: ({ name }) => doors.db.restoreBackup(name),
      restoreFromFile: async () => {
        const file = await platform.pickBackupFile()
        return file ? doors.db.restoreFrom(file) : null
      },
    },
    jobs: {
      status: ({ id }) => jobs.status(id),
      cancel: ({ id }) => jobs.cancel(id),
    },
    sign: createSignServices(deps, doors.sign),
    signMarks: createSignMarksServices(deps, doors.sign),
    certify: createCertifyServices(deps, doors.sign),
    filing: createFilingServices(deps, doors.filing),
    notes: createNotesServices(deps, doors.notes),
    ocr: createOcrServices(deps, doors.ocr, doors.notes),
  }
}

function settingsNotices(settings: SettingStore): Array<'settings-damaged'> {
  settings.get() // reads every preference, noting any that cannot be read
  return settings.damaged().length > 0 ? ['settings-damaged'] : []
}
