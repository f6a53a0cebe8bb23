import { basename, resolve } from 'node:path'
import type { SignRecord } from '../../../shared/contract/sign'
import type { DataStore } from '../db/data-store'
import { commitOutputs, discardStaged } from './commit-outputs'
import { assertNotInput, writeTemp } from './output-file'
import {
  auditRecord,
  produceSigned,
  readInput,
  type CertifyChoice,
  type OutputChoice,
  type ResolvedPlacement,
} from './sign-file'
import type { SignRecords } from './sign-records'
import { OutputJournal } from './staged-output-journal'
import type { CrossPageSeal } from './cross-page-seal'

export interface SignToFileRequest {
  inputPath: string
  outputPath: string
  placements: readonly ResolvedPlacement[]
  output: OutputChoice
  origin: SignRecord['origin']
  /** Also sign cryptographically. */
  certify?: CertifyChoice
  /** A cross-page seal (骑缝章) across the pages, in the same save. */
  crossSeal?: CrossPageSeal
}

/**
 * Signs one document into a new file and records it. The input is only read; the output appears
 * whole (temp file + rename) together with its audit record, or not at all.
 */
export async function signToFile(
  store: DataStore,
  records: SignRecords,
  request: SignToFileRequest,
): Promise<SignRecord> {
  const inputPath = resolve(request.inputPath)
  const outputPath = resolve(request.outputPath)
  assertNotInput(outputPath, inputPath)
  const bytes = await readInput(inputPath)
  const signed = await produceSigned(
    bytes,
    basename(inputPath),
    request.placements,
    request.output,
    new Date(),
    request.certify,
    request.crossSeal,
  )
  const record = auditRecord(
    { path: inputPath, bytes },
    { path: outputPath, format: request.output.format },
    signed,
    request.origin,
  )
  const journal = OutputJournal.start(store.dataDir)
  let temp: string
  try {
    temp = await writeTemp(outputPath, signed.bytes, journal)
  } catch (error) {
    discardStaged([], journal)
    throw error
  }
  return commitOutputs(records, [{ temp, target: outputPath, record }], journal)[0] as SignRecord
}
