import type { AssetStore } from '../assets/asset-store'
import type { DataStore } from '../db/data-store'

/**
 * Deletes notes for good (from the trash) and then the shared blobs nothing refers to any more:
 * only blobs the deleted notes used, and only if no other note, and no other table with a foreign
 * key to `asset` (another tool's), still refers to them.
 */
export class NoteDeleter {
  constructor(
    private readonly store: DataStore,
    private readonly blobs: AssetStore,
  ) {}

  private get db() {
    return this.store.db
  }

  deleteForever(ids: readonly number[]): { count: number; assetsRemoved: number } {
    const db = this.db
    return db.transaction(() => {
      const candidates = new Set<string>()
      const used = db.prepare('SELECT sha256 FROM note_asset WHERE note_id = ?').pluck()
      const drop = db.prepare('DELETE FROM note WHERE id = ? AND trashed_at IS NOT NULL')
      let count = 0
      for (const id of ids) {
        for (const sha of used.all(id) as string[]) candidates.add(sha)
        count += drop.run(id).changes
      }
      db.prepare('DELETE FROM tag WHERE id NOT IN (SELECT tag_id FROM note_tag)').run()
      return { count, assetsRemoved: this.collect(candidates) }
    })()
  }

  emptyTrash(): { count: number; assetsRemoved: number } {
    const ids = this.db.prepare('SELECT id FROM note WHERE trashed_at IS NOT NULL').pluck().all() as number[]
    return this.deleteForever(ids)
  }

  private collect(candidates: ReadonlySet<string>): number {
    if (candidates.size === 0) return 0
    const stillUsed = this.referencedAssets()
    const orphans = [...candidates].filter((sha) => !stillUsed.has(sha))
    if (orphans.length === 0) return 0
    const all = this.db.prepare('SELECT sha256 FROM asset').pluck().all() as string[]
    const gone = new Set(orphans)
    return this.blobs.deleteExcept(new Set(all.filter((sha) => !gone.has(sha))))
  }

  /** Every blob key some table points at through a foreign key to `asset`. */
  private referencedAssets(): Set<string> {
    const db = this.db
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[]
    const keys = new Set<string>()
    for (const table of tables) {
      const refs = db
        .prepare('SELECT "from", "table" AS target FROM pragma_foreign_key_list(?)')
        .all(table) as Array<{
        from: string
        target: string
      }>
      for (const ref of refs.filter((r) => r.target === 'asset')) {
        const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
        const sql = `SELECT DISTINCT ${quote(ref.from)} FROM ${quote(table)} WHERE ${quote(ref.from)} IS NOT NULL`
        for (const sha of db.prepare(sql).pluck().all() as string[]) keys.add(sha)
      }
    }
    return keys
  }
}
