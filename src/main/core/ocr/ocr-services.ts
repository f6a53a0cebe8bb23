import { basename } from 'node:path'
import type { Services } from '../../../shared/api'
import type { NotesDoor } from '../notes/notes-door'
import type { ServiceDeps } from '../service-deps'
import { signedPdf, type OcrDoor } from './ocr-door'

const SCAN_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'tif', 'tiff', 'bmp', 'gif', 'pdf']

/**
 * The `ocr` domain of the contract: the file dialogs and jobs here, the reading behind the OCR
 * door; a note made from a scan is added through the Notes door (text and pictures in one go).
 */
export function createOcrServices(
  { platform, jobs, assets }: ServiceDeps,
  ocr: OcrDoor,
  notes: NotesDoor,
): Services['ocr'] {
  assets.register('ocr-doc', (path) => ocr.serveScanPage(path))
  return {
    open: async () => {
      const files = await platform.pickOpenFiles({
        purpose: 'ocr-open',
        titleKey: 'ocr.view.openTitle',
        filters: [{ nameKey: 'ocr.view.filter', extensions: SCAN_EXTENSIONS }],
      })
      const path = files?.[0]
      return path ? ocr.openScan(path) : null
    },

    recognize: async ({ token, pages }) => {
      const path = await ocr.scanPath(token)
      return {
        jobId: jobs.start('ocr.recognize', (job) =>
          ocr.recognizeFile(path, {
            pages: pages || undefined,
            signal: job.signal,
            onProgress: (p) =>
              job.progress(p.done, p.total, p.page === undefined ? undefined : String(p.page)),
          }),
        ),
      }
    },

    makeNote: async ({ token, pages, title, text, notebookId }) => {
      // Pictures and text are ready before the note is added, all in one transaction: a refusal leaves nothing.
      const html = await ocr.scanNoteHtml(token, pages, text)
      const note = await notes.create({ notebookId, title, html })
      return { noteId: note.id }
    },

    searchableCopy: async ({ token, pages, unsignedCopy }) => {
      const document = await ocr.scanDocument(token)
      const input = await ocr.scanPath(token)
      // Refused before the dialog: the user is told why, and may agree to an unsigned copy.
      if (document.kind === 'pdf' && document.signatures > 0 && !unsignedCopy) throw signedPdf(document.name)
      const suggested = `${document.name.replace(/\.pdf$/i, '')}-searchable.pdf`
      let out = await platform.pickSavePath({
        purpose: 'ocr-searchable-pdf',
        titleKey: 'ocr.view.saveTitle',
        defaultPath: suggested,
        filters: [{ nameKey: 'ocr.view.filterPdf', extensions: ['pdf'] }],
      })
      if (!out) return { jobId: null }
      if (!out.toLowerCase().endsWith('.pdf')) out = `${out}.pdf`
      const target = out
      return {
        jobId: jobs.start('ocr.searchableCopy', async (job) => {
          const result = await ocr.makeSearchablePdf(input, target, {
            pages: pages || undefined,
            consentUnsigned: unsignedCopy,
            signal: job.signal,
            onProgress: (p) => job.progress(p.done, p.total),
          })
          return {
            name: basename(result.out),
            pageCount: result.pageCount,
            pagesRead: result.pagesRead,
            pagesWithText: result.pagesWithText,
            signaturesDropped: result.signaturesDropped,
          }
        }),
      }
    },

    copyText: async ({ text }) => {
      await platform.writeClipboard(text)
      return { copied: true }
    },

    indexStatus: () => ({ pending: ocr.noteImagesPending(), running: ocr.indexing() }),
    indexNow: () => ({
      jobId: jobs.start('ocr.indexNow', (job) =>
        ocr.indexNoteImages({
          signal: job.signal,
          onProgress: (p) => job.progress(p.done, p.total),
        }),
      ),
    }),
  }
}
