import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { DataStore } from '../db/data-store'
import { processAlive } from '../db/temp-files'
import { SignRecords } from './sign-records'
import { STAGED_OUTPUTS_DIR, type StagedEntry } from './staged-output-journal'

const JOURNAL = /^(\d+)-\d+-[0-9a-f]+\.json(?:\.tmp)?$/

export interface RecoveredOutputs {
  /** Signed copies whose records were committed before the kill, now in place. */
  placed: string[]
  /** Temporary files of signings that never committed, removed. */
  removed: string[]
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** Only what OutputJournal writes: a hidden `.name.partial-…` beside its target. */
function isOurs(entry: unknown): entry is StagedEntry {
  const e = entry as Partial<StagedEntry> | null
  if (typeof e?.temp !== 'string' || typeof e.target !== 'string') return false
  return (
    dirname(e.temp) === dirname(e.target) && basename(e.temp).startsWith(`.${basename(e.target)}.partial-`)
  )
}

function entriesOf(file: string): StagedEntry[] {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { entries?: unknown }
    return Array.isArray(parsed.entries) ? parsed.entries.filter(isOurs) : []
  } catch {
    return [] // a list cut short by the kill names no file yet written
  }
}

/**
 * Finishes what killed signings left behind (see OutputJournal). A temporary file whose audit
 * record was committed is renamed to its target: the signing had succeeded and only the rename
 * was missing. Any other temporary file is removed, so no half-made copy stays beside the
 * user's documents. Lists of processes still running are left alone.
 */
export function recoverStagedOutputs(store: DataStore): RecoveredOutputs {
  const dir = join(store.dataDir, STAGED_OUTPUTS_DIR)
  const done: RecoveredOutputs = { placed: [], removed: [] }
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return done
  }
  const records = new SignRecords(store)
  for (const name of names) {
    const pid = Number(JOURNAL.exec(name)?.[1] ?? NaN)
    if (Number.isNaN(pid) || processAlive(pid)) continue
    const file = join(dir, name)
    let keep = false
    for (const { temp, target } of name.endsWith('.tmp') ? [] : entriesOf(file)) {
      if (!existsSync(temp)) continue
      try {
        const sha = sha256(temp)
        if (records.hasOutput(target, sha) && !(existsSync(target) && sha256(target) === sha)) {
          renameSync(temp, target)
          done.placed.push(target)
        } else {
          rmSync(temp, { force: true })
          done.removed.push(temp)
        }
      } catch {
        keep = true // unreadable or not movable now: the list stays for the next start
      }
    }
    if (!keep) rmSync(file, { force: true })
  }
  return done
}
