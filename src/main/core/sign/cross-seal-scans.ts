import { basename, resolve } from 'node:path'
import type { BatchResult, SignRecord } from '../../../shared/contract/sign'
import type { DataStore } from '../db/data-store'
import { commitOutputs, discardStaged, type StagedOutput } from './commit-outputs'
import { crossSealImages, type ScannedPage } from './cross-page-seal-images'
import type { CrossPageSeal } from './cross-page-seal'
import { defaultImageFormat, readImageFacts } from './image-input'
import { freeOutputPath, writeTemp } from './output-file'
import { auditRecord, readInput } from './sign-file'
import type { SignRecords } from './sign-records'
import { OutputJournal } from './staged-output-journal'

export interface CrossSealScansRequest {
  /** The scans in page order: scan i is page i of the document. */
  files: readonly string[]
  /** Where the sealed copies go; beside each scan when absent. */
  outDir?: string
  cross: CrossPageSeal
  quality: number
  origin: SignRecord['origin']
}

/**
 * A 骑缝章 over scanned pages treated as one document: every chosen scan gets its strip, written
 * as `<name>-signed.<ext>` in the first scan's format, each with its audit record. One document,
 * so all or nothing: a scan that cannot be read or sealed leaves no output at all.
 */
export async function crossSealScans(
  store: DataStore,
  records: SignRecords,
  request: CrossSealScansRequest,
): Promise<BatchResult> {
  const inputs = request.files.map((f) => resolve(f))
  const scans: ScannedPage[] = []
  for (const input of inputs) scans.push({ bytes: await readInput(input), name: basename(input) })
  const first = scans[0] as ScannedPage
  const format = defaultImageFormat((await readImageFacts(first.bytes, first.name)).format)
  const sealed = await crossSealImages(scans, request.cross, { format, quality: request.quality })
  const staged: StagedOutput[] = []
  const journal = OutputJournal.start(store.dataDir)
  const taken = new Set<string>()
  try {
    for (const [i, signed] of sealed.entries()) {
      if (!signed) continue
      const input = inputs[i] as string
      const target = freeOutputPath(
        input,
        format,
        request.outDir ? resolve(request.outDir) : undefined,
        taken,
      )
      taken.add(target)
      const temp = await writeTemp(target, signed.bytes, journal)
      const scan = { path: input, bytes: (scans[i] as ScannedPage).bytes }
      staged.push({
        temp,
        target,
        record: auditRecord(scan, { path: target, format }, signed, request.origin),
      })
    }
  } catch (error) {
    discardStaged(staged, journal)
    throw error
  }
  commitOutputs(records, staged, journal)
  return { items: staged.map((s) => ({ input: s.record.inputPath, output: s.target })) }
}
