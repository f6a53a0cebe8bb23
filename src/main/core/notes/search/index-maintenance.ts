import type { DataStore } from '../../db/data-store'

/** Quiet time after the last write before maintenance runs. */
const IDLE_MS = 1500
/** Longest one maintenance run holds the database. */
const BUDGET_MS = 40

/**
 * Keeps the full-text index compact and the WAL short in idle time instead of inside saves.
 * The migration turns FTS5's automatic merging off (it would merge segments inside whichever
 * save crosses a threshold, a 10–20 ms stall); here, once writes pause, small merge steps run
 * until the index is merged (or the time budget is spent, then later), and a passive WAL
 * checkpoint follows, so autosave rarely pays for a checkpoint either.
 */
export class IndexMaintenance {
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly store: DataStore) {}

  /** Called after every write to notes: (re)starts the idle timer. */
  schedule(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.runNow(), IDLE_MS)
    this.timer.unref?.()
  }

  /** One bounded run; returns true when the index is fully merged. */
  runNow(budgetMs = BUDGET_MS): boolean {
    clearTimeout(this.timer)
    try {
      const db = this.store.db
      const merge = db.prepare("INSERT INTO note_fts (note_fts, rank) VALUES ('merge', 64)")
      const started = performance.now()
      let merged = false
      // A 'merge' step that writes fewer than two pages found nothing left to merge.
      while (!merged && performance.now() - started < budgetMs) merged = merge.run().changes < 2
      db.pragma('wal_checkpoint(PASSIVE)')
      if (!merged) this.schedule()
      return merged
    } catch {
      // The database was closed (app quitting, restore): nothing to maintain.
      return true
    }
  }
}
