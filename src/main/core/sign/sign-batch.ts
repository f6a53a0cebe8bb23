import { basename, resolve } from 'node:path'
import type { BatchResult, CheckedPlacement, OutputFormat } from '../../../shared/contract/sign'
import { AppError } from '../../../shared/app-error'
import type { DataStore } from '../db/data-store'
import type { JobContext } from '../jobs/job-runner'
import { commitOutputs, discardStaged, type StagedOutput } from './commit-outputs'
import { defaultImageFormat, readImageFacts } from './image-input'
import { freeOutputPath, writeTemp } from './output-file'
import { pagesToSign } from './pages-to-sign'
import { isPdf } from './pdf-magic'
import { auditRecord, produceSigned, readInput } from './sign-file'
import type { ResolvedSignature } from './signature-library'
import type { SignRecord } from '../../../shared/contract/sign'
import type { SignRecords } from './sign-records'
import { OutputJournal } from './staged-output-journal'

export interface BatchRequest {
  files: readonly string[]
  /** Where the signed copies go; beside each input when absent. */
  outDir?: string
  signature: ResolvedSignature
  placement: Omit<CheckedPlacement, 'page' | 'signatureId'>
  pages: 'first' | 'last' | 'all'
  quality: number
  origin: SignRecord['origin']
}

function envelope(error: unknown): NonNullable<BatchResult['items'][number]['error']> {
  if (error instanceof AppError) return error.toEnvelope()
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }
}

/**
 * The same signature at the same relative place on many files. Each output is staged beside its
 * target; a file that fails is reported and the rest go on. Only when all are done are the files
 * renamed into place and recorded, together; a cancel leaves nothing behind.
 */
export async function runBatch(
  store: DataStore,
  records: SignRecords,
  request: BatchRequest,
  ctx: Pick<JobContext, 'signal' | 'progress'>,
): Promise<BatchResult> {
  const staged: StagedOutput[] = []
  const journal = OutputJournal.start(store.dataDir)
  const items: BatchResult['items'] = []
  const taken = new Set<string>()
  const total = request.files.length
  try {
    for (const [index, raw] of request.files.entries()) {
      ctx.signal.throwIfAborted()
      const input = resolve(raw)
      ctx.progress(index, total, basename(input))
      try {
        const bytes = await readInput(input)
        const pdf = isPdf(bytes)
        const format: OutputFormat = pdf
          ? 'pdf'
          : defaultImageFormat((await readImageFacts(bytes, basename(input))).format)
        const placements = (await pagesToSign(bytes, request.pages)).map((page) => ({
          placement: { ...request.placement, page, signatureId: request.signature.id ?? 1 },
          signature: request.signature,
        }))
        const signed = await produceSigned(bytes, basename(input), placements, {
          format,
          quality: request.quality,
          flatten: false,
        })
        ctx.signal.throwIfAborted()
        const target = freeOutputPath(
          input,
          format,
          request.outDir ? resolve(request.outDir) : undefined,
          taken,
        )
        taken.add(target)
        const temp = await writeTemp(target, signed.bytes, journal)
        staged.push({
          temp,
          target,
          record: auditRecord({ path: input, bytes }, { path: target, format }, signed, request.origin),
        })
        items.push({ input, output: target })
      } catch (error) {
        if (ctx.signal.aborted) throw error
        items.push({ input, error: envelope(error) })
      }
    }
    ctx.signal.throwIfAborted()
    ctx.progress(total, total)
    commitOutputs(records, staged, journal)
    return { items }
  } catch (error) {
    discardStaged(staged, journal)
    throw error
  }
}
