import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DataStore } from '../src/main/core/db/data-store'
import { measure, report } from './measure'

// Online backup (sqlite backup API + switch to rollback journal + rename) against the floor:
// copying the same bytes with copyFileSync after a checkpoint.
export async function benchDbBackup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-bench-'))
  try {
    const store = new DataStore(dir)
    const insert = store.db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)')
    store.db.transaction(() => {
      for (let i = 0; i < 40_000; i++) insert.run(`bench.${i}`, JSON.stringify({ text: 'x'.repeat(400), i }))
    })()
    store.db.pragma('wal_checkpoint(TRUNCATE)')
    let n = 0
    const baseline = await measure('copyFileSync', 7, () =>
      copyFileSync(store.path, join(dir, `copy-${n++}.sqlite`)),
    )
    const subject = await measure('DataStore.backupTo', 7, () =>
      store.backupTo(join(dir, `backup-${n++}.sqlite`)),
    )
    report(baseline, subject)
    store.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
