import { openSync, readSync, closeSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError, userError } from '../../../shared/app-error'
import type { OcrDocument } from '../../../shared/contract/ocr'
import type { AssetBody } from '../assets/asset-routes'
import type { DataStore } from '../db/data-store'
import { IsolateRunner } from '../isolate/isolate-runner'
import { workerEntry } from '../isolate/worker-entry'
import { once } from '../once'
import { assertNotInput, tempPathFor } from '../sign/output-file'
import { NoteImageIndexer, type IndexProgress, type IndexReport } from './note-images'
import type { OcrPage, OcrResult, OcrSource } from './ocr-types'
import { parsePageSpec } from './page-spec'
import { signedPdf, type CopyFacts } from './searchable/copy-facts'

export type { OcrBox, OcrLine, OcrPage, OcrResult, OcrSpan } from './ocr-types'
export { LOW_CONFIDENCE } from './ocr-types'
export { signedPdf } from './searchable/copy-facts'

/** Progress of a multi-page job: `done` of `total` pages, the page being read next. */
export interface PageProgress {
  done: number
  total: number
  page?: number
}

export interface RecognizeOptions {
  /** Pages of a PDF, e.g. `1-3,5` (default: all). */
  pages?: string
  /** Reads at most this many pages of a PDF, from the first (after `pages` is applied). */
  maxPages?: number
  onProgress?: (progress: PageProgress) => void
  signal?: AbortSignal
}

export interface SearchablePdfOptions extends RecognizeOptions {
  /** The user agreed that the copy of a signed PDF is unsigned (its signatures cannot survive). */
  consentUnsigned?: boolean
}

export interface SearchablePdfResult {
  out: string
  pageCount: number
  /** Pages a text layer was put on. */
  pagesRead: number
  /** Pages left as they were because they carry text of their own. */
  pagesWithText: number
  /** Signatures the original carried (dropped from the copy, with consent). */
  signaturesDropped: number
  bytes: number
}

export interface OcrDoorOptions {
  /** The database, for indexing the images of notes (not needed to read files). */
  store?: DataStore
  /** Resolution PDF pages are drawn at for reading. */
  dpi?: number
  /** Time limit of one page (ms); past it the worker is stopped and the file called too complex. */
  pageTimeLimitMs?: number
  /** Cap of the worker's JavaScript heap (MB). */
  memoryMb?: number
  /** The worker and its models are released after this long without work (ms). */
  idleMs?: number
}

/** The OCR tool's door: reading scans, making searchable PDFs, indexing the pictures of notes. */
export interface OcrDoor {
  /** Reads the text of an image file, or of chosen pages of a PDF. */
  recognizeFile(path: string, options?: RecognizeOptions): Promise<OcrResult>
  /** The same for bytes in hand (`name` is shown in messages). */
  recognizeBytes(bytes: Uint8Array, name: string, options?: RecognizeOptions): Promise<OcrResult>
  /** What a searchable copy must respect: pages, and signatures a copy would lose (to ask consent first). */
  inspectPdf(path: string): Promise<CopyFacts>
  /** Writes a copy of a scanned PDF with an invisible text layer; whole or nothing at `out`. */
  makeSearchablePdf(input: string, out: string, options?: SearchablePdfOptions): Promise<SearchablePdfResult>
  /** Reads the pictures of notes not read yet and puts their text in the search index. */
  indexNoteImages(options?: {
    onProgress?: (p: IndexProgress) => void
    signal?: AbortSignal
  }): Promise<IndexReport>
  /** How many notes wait for their pictures to be read. */
  noteImagesPending(): number
  /** Whether pictures of notes are being read now. */
  indexing(): boolean
  /** Opens an image or PDF for the OCR view: main keeps it under a token and serves its page pictures. */
  openScan(path: string): Promise<OcrDocument>
  /** The path of an open scan (refused once it is closed). */
  scanPath(token: string): Promise<string>
  scanDocument(token: string): Promise<OcrDocument>
  /** `ocr-doc/<token>/<page>.jpg`, for the `paperdesk-asset:` routes. */
  serveScanPage(path: string): Promise<AssetBody | null>
  /** A note's HTML for a scan: the text's lines as paragraphs, then the chosen pages as pictures. */
  scanNoteHtml(token: string, pages: string, text: string): Promise<string>
  /** Stops the worker (the app quitting, a command done). */
  close(): Promise<void>
}

const DEFAULT_DPI = 300
const PAGE_TIME_LIMIT_MS = 120_000
/** The heap of the worker: pdf-lib holds a whole PDF when it writes the searchable copy. */
const WORKER_MEMORY_MB = 1536

export function createOcrDoor(options: OcrDoorOptions = {}): OcrDoor {
  const isolate = new IsolateRunner({
    entry: workerEntry('ocr-worker', import.meta.url),
    memoryMb: options.memoryMb ?? WORKER_MEMORY_MB,
    timeLimitMs: options.pageTimeLimitMs ?? PAGE_TIME_LIMIT_MS,
    idleMs: options.idleMs ?? 60_000,
  })
  const dpi = options.dpi ?? DEFAULT_DPI
  const pageLimit = options.pageTimeLimitMs ?? PAGE_TIME_LIMIT_MS

  async function recognize(
    source: OcrSource,
    name: string,
    o: RecognizeOptions = {},
    skipPagesWithText = false,
  ): Promise<OcrResult> {
    const { signal, onProgress } = o
    if (!looksLikePdf(source)) {
      pagesOf(o.pages, 1, name)
      onProgress?.({ done: 0, total: 1, page: 1 })
      const page = await isolate.run<OcrPage>('recognize-image', { source }, { signal })
      onProgress?.({ done: 1, total: 1 })
      return { kind: 'image', pageCount: 1, pages: [page], text: page.text }
    }
    const pageCount = await isolate.run<number>('pdf-page-count', { source }, { signal })
    const wanted = pagesOf(o.pages, pageCount, name).slice(0, o.maxPages ?? Infinity)
    const pages: OcrPage[] = []
    for (const [done, page] of wanted.entries()) {
      onProgress?.({ done, total: wanted.length, page })
      pages.push(
        await isolate.run<OcrPage>(
          'recognize-pdf-page',
          { source, index: page - 1, dpi, skipPagesWithText },
          { signal, timeLimitMs: pageLimit },
        ),
      )
    }
    onProgress?.({ done: wanted.length, total: wanted.length })
    return { kind: 'pdf', pageCount, pages, text: pages.map((p) => p.text).join('\n\n') }
  }

  const indexer = options.store
    ? new NoteImageIndexer(options.store, (bytes, name, maxPages, signal) =>
        recognize({ bytes, name }, name, { maxPages, signal }),
      )
    : null
  const needIndexer = () => {
    if (!indexer) throw new AppError('UNAVAILABLE', 'the OCR door was opened without a database')
    return indexer
  }

  let current: { controller: AbortController; done: Promise<IndexReport> } | null = null
  const sessions = once(async () => new (await import('./scan-sessions')).ScanSessions())

  return {
    async openScan(path) {
      const pdf = looksLikePdf({ path })
      const name = basename(path)
      return (await sessions()).openScan(path, pdf, () =>
        isolate.run<CopyFacts>('inspect-for-copy', { source: { path, name } }),
      )
    },
    scanPath: async (token) => (await sessions()).path(token),
    scanDocument: async (token) => (await sessions()).document(token),
    serveScanPage: async (path) => (await sessions()).serve(path),
    async scanNoteHtml(token, pages, text) {
      const open = await sessions()
      const document = open.document(token)
      const wanted = pagesOf(pages || undefined, document.pageCount, document.name)
      const pictures = await open.notePictures(token, wanted)
      const paragraphs = text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => `<p>${escapeHtml(line)}</p>`)
      const images = pictures.map(
        (p) => `<p><img src="data:${p.mime};base64,${Buffer.from(p.data).toString('base64')}"></p>`,
      )
      return [...paragraphs, ...images].join('')
    },
    recognizeFile: (path, o) => recognize({ path, name: basename(path) }, basename(path), o),
    recognizeBytes: (bytes, name, o) => recognize({ bytes, name }, name, o),
    inspectPdf: (path) =>
      isolate.run<CopyFacts>('inspect-for-copy', { source: { path, name: basename(path) } }),

    async makeSearchablePdf(input, out, o = {}) {
      const name = basename(input)
      assertNotInput(out, input)
      const source: OcrSource = { path: input, name }
      if (!looksLikePdf(source))
        throw userError('INVALID_FILE', 'ocr.not-a-pdf', '{{name}} is not a PDF', { name })
      const facts = await isolate.run<CopyFacts>('inspect-for-copy', { source }, { signal: o.signal })
      if (facts.signatures > 0 && !o.consentUnsigned) throw signedPdf(name)
      // Pages with text of their own (born digital, or read before) keep it and get no second layer.
      const result = await recognize(source, name, o, true)
      const temp = tempPathFor(out)
      try {
        const written = await isolate.run<{ bytes: number }>(
          'write-searchable-copy',
          { source, tempPath: temp, pages: result.pages, unsigned: o.consentUnsigned === true },
          // Writing reads and rewrites the whole file: its limit grows with the pages.
          { signal: o.signal, timeLimitMs: pageLimit + facts.pageCount * 2_000 },
        )
        o.signal?.throwIfAborted()
        await rename(temp, out)
        return {
          out,
          pageCount: facts.pageCount,
          pagesRead: result.pages.filter((p) => !p.hasText).length,
          pagesWithText: result.pages.filter((p) => p.hasText).length,
          signaturesDropped: facts.signatures,
          bytes: written.bytes,
        }
      } catch (error) {
        await rm(temp, { force: true })
        if (o.signal?.aborted) throw new AppError('CANCELLED', 'cancelled')
        if (error instanceof AppError) throw error
        throw userError('IO', 'ocr.write-failed', 'cannot write {{path}}: {{detail}}', {
          path: out,
          detail: error instanceof Error ? error.message : String(error),
        })
      }
    },

    async indexNoteImages(o = {}) {
      const indexer = needIndexer()
      // One run at a time: a new one ("read now") takes over from one under way (the background's).
      const previous = current
      previous?.controller.abort()
      await previous?.done.catch(() => undefined)
      const controller = new AbortController()
      const signal = o.signal ? AbortSignal.any([o.signal, controller.signal]) : controller.signal
      const done = indexer.run({ ...o, signal })
      const mine = { controller, done }
      current = mine
      try {
        return await done
      } finally {
        if (current === mine) current = null
      }
    },
    indexing: () => current !== null,
    noteImagesPending: () => needIndexer().pending(),
    close: () => isolate.close(),
  }
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  )
}

function pagesOf(spec: string | undefined, pageCount: number, name: string): number[] {
  try {
    return parsePageSpec(spec, pageCount)
  } catch (error) {
    if (error instanceof AppError && (error.details as { reason?: string }).reason === 'ocr.no-such-page')
      throw userError('VALIDATION', 'ocr.no-such-page', '{{name}} has no page {{page}} (it has {{pages}})', {
        ...(error.details as Record<string, number>),
        name,
      })
    throw error
  }
}

/** Whether a source starts like a PDF (a glance at its first kilobyte; the worker parses it). */
function looksLikePdf(source: OcrSource): boolean {
  let head: Uint8Array
  if ('bytes' in source) head = source.bytes.subarray(0, 1024)
  else {
    let fd: number
    try {
      fd = openSync(source.path, 'r')
    } catch {
      throw userError('NOT_FOUND', 'ocr.file-missing', '{{name}} cannot be found or read', {
        name: source.name ?? basename(source.path),
      })
    }
    try {
      const buffer = Buffer.alloc(1024)
      head = buffer.subarray(0, readSync(fd, buffer, 0, 1024, 0))
    } finally {
      closeSync(fd)
    }
  }
  return Buffer.from(head).includes('%PDF-')
}
