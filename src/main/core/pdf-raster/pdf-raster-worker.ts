import { serveTasks } from '../isolate/serve-tasks'
import { drawFirstPagesHere, drawPage, openDocument, preloadPdfJs, type PageImage } from './pdf-draw'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Open documents kept parsed, most recent last. */
const KEEP_OPEN = 4
const open = new Map<string, Promise<PDFDocumentProxy>>()

function forget(key: string): void {
  const doc = open.get(key)
  open.delete(key)
  void doc?.then((d) => d.loadingTask.destroy()).catch(() => undefined)
}

/** The open document `key`, parsed from `bytes` when this worker has not got it (yet, or any more). */
function documentFor(key: string, bytes: Uint8Array | undefined): Promise<PDFDocumentProxy> | null {
  let doc = open.get(key)
  if (doc) {
    open.delete(key)
    open.set(key, doc)
    return doc
  }
  if (!bytes) return null
  doc = openDocument(bytes)
  doc.catch(() => open.get(key) === doc && open.delete(key))
  open.set(key, doc)
  while (open.size > KEEP_OPEN) forget(open.keys().next().value as string)
  return doc
}

export interface DrawPageInput {
  key: string
  index: number
  widthPx: number
  /** Sent only when the caller believes this worker has not parsed the document yet. */
  bytes?: Uint8Array
}

/** The worker has not got the document (a fresh worker, or it evicted it): ask again with the bytes. */
export type DrawPageResult = PageImage | { needBytes: true }

/**
 * The PDF drawing worker (see isolate/isolate-runner.ts and pdf-page-images.ts): pdf.js parses
 * and draws the PDFs users open here, never on main's thread, under the isolate's heap cap and
 * time limit per page.
 */
// pdf.js loads before the worker says it is ready, so loading it is not counted as a page's time.
void preloadPdfJs().finally(() =>
  serveTasks({
    'draw-page': async (input: DrawPageInput): Promise<DrawPageResult> => {
      const doc = documentFor(input.key, input.bytes)
      if (!doc) return { needBytes: true }
      return drawPage(await doc, input.index, input.widthPx)
    },
    forget: (input: { key: string }) => forget(input.key),
    // Started ahead of the first page (a PDF being opened), so that page does not wait for pdf.js.
    warm: () => null,
    'draw-first-pages': (input: { bytes: Uint8Array; count: number; widthPx: number }) =>
      drawFirstPagesHere(input.bytes, input.count, input.widthPx),
  }),
)
