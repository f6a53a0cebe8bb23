import type { z } from 'zod'
import { defaultSettings, SettingsSchema, type Settings, type SettingsPatch } from '../../../shared/contract'
import type { DataStore } from '../db/data-store'

/**
 * Key/value settings in the `setting` table, one JSON value per key. User preferences go through
 * `get`/`update`; main keeps its own keys (window bounds, last backup) with `read`/`write`.
 * Reading never throws: a value that cannot be read (damaged row, missing table) counts as unset,
 * and `damaged()` says that happened so the app can tell the user.
 */
export class SettingStore {
  private damagedKeys = new Set<string>()

  constructor(private readonly store: DataStore) {}

  read<S extends z.ZodType>(key: string, schema: S): z.output<S> | undefined {
    let raw: string | undefined
    let value: unknown
    try {
      const row = this.store.db.prepare('SELECT value FROM setting WHERE key = ?').get(key) as
        { value: unknown } | undefined
      if (!row) return undefined
      raw = typeof row.value === 'string' ? row.value : undefined
      value = raw === undefined ? undefined : JSON.parse(raw)
    } catch {
      this.damagedKeys.add(key)
      return undefined
    }
    const parsed = schema.safeParse(value)
    if (!parsed.success) {
      this.damagedKeys.add(key)
      return undefined
    }
    this.damagedKeys.delete(key)
    return parsed.data
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
    for (const key of Object.keys(entries)) this.damagedKeys.delete(key)
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

  /** Keys whose stored value could not be read the last time they were asked for. */
  damaged(): string[] {
    return [...this.damagedKeys].sort()
  }
}
