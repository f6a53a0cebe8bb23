import { NotesSettingsSchema, type NotesSettings } from '../../../shared/contract'
import type { SettingStore } from '../settings/setting-store'

const KEY = 'notes.revisionRetentionDays'
export const defaultNotesSettings: NotesSettings = { revisionRetentionDays: 90 }

/** The Notes tool's own preferences, kept in the shared `setting` table under `notes.*` keys. */
export class NotesSettingsStore {
  constructor(private readonly settings: SettingStore) {}

  get(): NotesSettings {
    const days = this.settings.read(KEY, NotesSettingsSchema.shape.revisionRetentionDays)
    return { revisionRetentionDays: days ?? defaultNotesSettings.revisionRetentionDays }
  }

  update(patch: Partial<NotesSettings>): NotesSettings {
    if (patch.revisionRetentionDays !== undefined) this.settings.write({ [KEY]: patch.revisionRetentionDays })
    return this.get()
  }
}
