import { renameSync, rmSync } from 'node:fs'
import type { SignRecord } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import type { NewSignRecord, SignRecords } from './sign-records'
import type { OutputJournal } from './staged-output-journal'

/** A signed output written to a temporary file beside its target, with its audit record. */
export interface StagedOutput {
  temp: string
  target: string
  record: NewSignRecord
}

/**
 * Makes staged outputs real together with their audit records. The records are committed first,
 * then the files renamed into place; a rename that fails takes the records back, so there is
 * never a record without its file, nor a signed file without its record. A kill between the
 * commit and the renames is finished at the next start from the journal (recoverStagedOutputs):
 * the committed signing is completed, never half-undone. On failure every temp and renamed file
 * is removed.
 */
export function commitOutputs(
  records: SignRecords,
  staged: readonly StagedOutput[],
  journal: OutputJournal,
): SignRecord[] {
  let added: SignRecord[]
  try {
    added = records.addAll(staged.map((s) => s.record))
  } catch (error) {
    discardStaged(staged, journal)
    throw error
  }
  const renamed: string[] = []
  try {
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
  } catch (error) {
    for (const path of renamed) rmSync(path, { force: true })
    records.remove(added.map((r) => r.id))
    discardStaged(staged, journal)
    throw error
  }
  journal.finish()
  return added
}

/** Removes the temporary files of outputs that will not be committed, and their journal. */
export function discardStaged(staged: readonly Pick<StagedOutput, 'temp'>[], journal: OutputJournal): void {
  for (const s of staged) rmSync(s.temp, { force: true })
  journal.finish()
}
