import { basename, resolve } from 'node:path'
import type { BatchResult, OutputFormat, Placement } from '../../../shared/contract/sign'
import { AppError } from '../../../shared/app-error'
import type { DataStore } from '../db/data-store'
import type { JobContext } from '../jobs/job-runner'
import { commitOutputs, discardStaged, type StagedOutput } from './commit-outputs'
import { defaultImageFormat, readImageFacts } from './image-input'
import { freeOutputPath, writeTemp } from './output-file'
import { isPdf } from './pdf-magic'
import { auditRecord, produceSigned, readInput } from './sign-file'
import type { ResolvedSignature } from './signature-library'
import type { SignRecord } from '../../../shared/contract/sign'
import type { SignRecords } from './sign-records'

export interface BatchRequest {
  files: readonly string[]
  /** Where the signed copies go; beside each input when absent. */
  outDir?: string
  signature: ResolvedSignature
  placement: Omit<Placement, 'page' | 'signatureId'>
  pages: 'first' | 'last' | 'all'
  quality: number
  origin: SignRecord['origin']
}

async function pagesToSign(bytes: Buffer, which: BatchRequest['pages']): Promise<number[]> {
  if (!isPdf(bytes)) return [0]
  // An unreadable PDF is refused properly by produceSigned; here one page is enough to get there.
  const { PDFDocument } = await import('pdf-lib')
  const count = await PDFDocument.load(bytes, { updateMetadata: false })
    .then((d) => d.getPageCount())
    .catch(() => 1)
  if (which === 'first') return [0]
  if (which === 'last') return [Math.max(0, count - 1)]
  return Array.from({ length: count }, (_, i) => i)
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
        const temp = await writeTemp(target, signed.bytes)
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
    commitOutputs(store, records, staged)
    return { items }
  } catch (error) {
    discardStaged(staged)
    throw error
  }
}
