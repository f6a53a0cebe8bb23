import type { z } from 'zod'
import { defaultSettings, SettingsSchema, type Settings, type SettingsPatch } from '../../../shared/contract'
import type { DataStore } from '../db/data-store'

/**
 * Key/value settings in the `setting` table, one JSON value per key. User preferences go through
 * `get`/`update`; main keeps its own keys (window bounds, last backup) with `read`/`write`.
 */
export class SettingStore {
  constructor(private readonly store: DataStore) {}

  read<S extends z.ZodType>(key: string, schema: S): z.output<S> | undefined {
    const row = this.store.db.prepare('SELECT value FROM setting WHERE key = ?').get(key) as
      { value: string } | undefined
    if (!row) return undefined
    const parsed = schema.safeParse(JSON.parse(row.value))
    return parsed.success ? parsed.data : undefined
  }

  write(entries: Record<string, unknown>): void {
    const upsert = this.store.db.prepare(
      `INSERT INTO setting (key, value) VALUES (?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    )
    this.store.db.transaction(() => {
      for (const [key, value] of Object.entries(entries)) upsert.run(key, JSON.stringify(value))
    })()
  }

  /** The user's preferences; a missing or unreadable value falls back to its default. */
  get(): Settings {
    const shape = SettingsSchema.shape
    return {
      locale: this.read('locale', shape.locale) ?? defaultSettings.locale,
      theme: this.read('theme', shape.theme) ?? defaultSettings.theme,
    }
  }

  update(patch: SettingsPatch): Settings {
    const entries = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
    this.write(entries)
    return this.get()
  }
}
