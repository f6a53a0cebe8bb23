import { AssetStore } from '../assets/asset-store'
import { DataStore } from '../db/data-store'
import { SettingStore } from '../settings/setting-store'
import { NotesCore } from './notes-core'

/** A NotesCore on a fresh database in `dir`, with a clock the test moves. */
export function openTestNotes(dir: string, start = new Date('2025-03-01T09:00:00Z')) {
  const store = new DataStore(dir)
  const clock = { now: start }
  const blobs = new AssetStore(store)
  const core = new NotesCore({ store, settings: new SettingStore(store), blobs, now: () => clock.now })
  const advance = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms))
  return { store, blobs, core, clock, advance, close: () => store.close() }
}
