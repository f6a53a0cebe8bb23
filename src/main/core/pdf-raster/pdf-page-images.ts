import { IsolateRunner } from '../isolate/isolate-runner'
import { workerEntry } from '../isolate/worker-entry'
import type { PageImage } from './pdf-draw'
import type { DrawPageInput, DrawPageResult } from './pdf-raster-worker'

export type { PageImage } from './pdf-draw'

export interface RasterLimits {
  /** Heap cap of the drawing worker (MB). */
  memoryMb?: number
  /** Time one page may take to parse and draw (ms); past it the worker is killed. */
  pageTimeLimitMs?: number
  /** The idle worker (and the documents it keeps parsed) is released after this long (ms). */
  idleMs?: number
}

/** pdf.js with a crafted page (nested forms, huge images) can take GBs; the worker stops at this. */
const WORKER_MEMORY_MB = 768
/** A real page draws in well under a second; a crafted one can run for minutes. */
const PAGE_TIME_LIMIT_MS = 20_000

function newIsolate(limits: RasterLimits): IsolateRunner {
  return new IsolateRunner({
    entry: workerEntry('pdf-raster-worker', import.meta.url),
    memoryMb: limits.memoryMb ?? WORKER_MEMORY_MB,
    timeLimitMs: limits.pageTimeLimitMs ?? PAGE_TIME_LIMIT_MS,
    idleMs: limits.idleMs ?? 60_000,
  })
}

/**
 * Draws PDF pages as images (pdf.js with @napi-rs/canvas), so the renderer shows a PDF as plain
 * `<img>` elements and ships no PDF engine. pdf.js runs in a worker thread with a heap cap and a
 * time limit per page: a crafted PDF fails with a translated `isolate.too-slow`/`too-complex`
 * error and main's event loop never waits on it. The worker keeps parsed documents by key; their
 * bytes cross to it only when it has not got them. Pages are drawn one at a time.
 */
export class PdfPageImages {
  private readonly isolate: IsolateRunner
  /** Keys whose bytes were sent to the worker (it may since have dropped them: it then asks). */
  private readonly sent = new Set<string>()

  constructor(limits: RasterLimits = {}) {
    this.isolate = newIsolate(limits)
  }

  /** Draws page `index` (0-based) of the document `key` (its bytes read only when not open yet). */
  async draw(key: string, bytes: () => Uint8Array, index: number, widthPx: number): Promise<PageImage> {
    const input: DrawPageInput = { key, index, widthPx }
    if (!this.sent.has(key)) {
      this.sent.add(key)
      input.bytes = bytes()
    }
    let result = await this.isolate.run<DrawPageResult>('draw-page', input).catch((error: unknown) => {
      // A worker killed (too slow, too big) took the document with it.
      this.sent.delete(key)
      throw error
    })
    if ('needBytes' in result)
      result = await this.isolate.run<DrawPageResult>('draw-page', { ...input, bytes: bytes() })
    if ('needBytes' in result) throw new Error('the drawing worker did not take the document')
    return result
  }

  /** Starts the worker (and pdf.js in it) ahead of the first page, e.g. while a PDF is opened. */
  warm(): void {
    if (!this.isolate.alive) void this.isolate.run('warm', null).catch(() => undefined)
  }

  /** Lets go of a document (closed by the user, or evicted). */
  forget(key: string): void {
    if (!this.sent.delete(key)) return
    if (this.isolate.alive) void this.isolate.run('forget', { key }).catch(() => undefined)
  }

  close(): Promise<void> {
    return this.isolate.close()
  }
}

/** The previews' worker, kept while previews keep coming (each options change draws one). */
let previews: IsolateRunner | null = null

/** Starts the previews' worker ahead of a preview (while its PDF is still being printed). */
export function warmPreviewWorker(): void {
  const isolate = (previews ??= newIsolate({}))
  if (!isolate.alive) void isolate.run('warm', null).catch(() => undefined)
}

/** The first `count` pages of a PDF, each `widthPx` wide, drawn in a worker; for one-off previews. */
export async function drawFirstPages(
  bytes: Uint8Array,
  count: number,
  widthPx: number,
  limits?: RasterLimits,
): Promise<PageImage[]> {
  // An idle worker never holds the process open, and is released after `idleMs`.
  const isolate = limits ? newIsolate(limits) : (previews ??= newIsolate({}))
  try {
    return await isolate.run<PageImage[]>('draw-first-pages', { bytes, count, widthPx })
  } finally {
    if (limits) await isolate.close()
  }
}
