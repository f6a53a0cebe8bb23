import { renameSync, rmSync } from 'node:fs'
import type { SignRecord } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import type { DataStore } from '../db/data-store'
import type { NewSignRecord, SignRecords } from './sign-records'

/** A signed output written to a temporary file beside its target, with its audit record. */
export interface StagedOutput {
  temp: string
  target: string
  record: NewSignRecord
}

/**
 * Makes staged outputs real together with their audit records: the records are inserted and the
 * files renamed into place in one database transaction, so there is never a signed file without
 * its record, nor a record without its file. On failure every temp and renamed file is removed.
 */
export function commitOutputs(
  store: DataStore,
  records: SignRecords,
  staged: readonly StagedOutput[],
): SignRecord[] {
  const renamed: string[] = []
  try {
    return store.db.transaction(() => {
      const added = records.addAll(staged.map((s) => s.record))
      for (const s of staged) {
        try {
          renameSync(s.temp, s.target)
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error)
          throw userError('IO', 'sign.write-failed', `cannot write ${s.target}: ${message}`, {
            path: s.target,
          })
        }
        renamed.push(s.target)
      }
      return added
    })()
  } catch (error) {
    for (const path of renamed) rmSync(path, { force: true })
    discardStaged(staged)
    throw error
  }
}

export function discardStaged(staged: readonly Pick<StagedOutput, 'temp'>[]): void {
  for (const s of staged) rmSync(s.temp, { force: true })
}
