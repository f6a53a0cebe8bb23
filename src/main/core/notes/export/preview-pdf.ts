import type { PdfOptions, SupportedLocale } from '../../../../shared/contract'
import { translate } from '../../../../shared/i18n'
import type { AssetStore } from '../../assets/asset-store'
import { drawFirstPages, warmPreviewWorker, type PageImage } from '../../pdf-raster/pdf-page-images'
import type { PlatformPort } from '../../platform-port'
import type { NotesCore } from '../notes-core'
import { recleanStoredHtml } from '../html/clean-note-html'
import { exportTitle } from './export-notes'
import { inlineImages } from './inline-images'

/** The preview prints at most this many notes: enough for its first pages. */
export const PREVIEW_NOTES = 3
/** Pages shown, and their width in pixels (the dialog shows them 220 CSS pixels wide, at 2×). */
export const PREVIEW_PAGES = 3
const PREVIEW_WIDTH_PX = 448

/**
 * The first pages of the PDF the dialog's options would make: the same pipeline on the first
 * few notes (the table of contents lists only those), its first pages drawn as pictures in main.
 */
export async function previewPdf(o: {
  core: NotesCore
  blobs: AssetStore
  platform: PlatformPort
  input: { ids: number[]; pdf: PdfOptions; locale: SupportedLocale }
}): Promise<{ pages: PageImage[]; notes: number; pageCount: number }> {
  // The drawing worker starts while Chromium prints the PDF it will draw.
  warmPreviewWorker()
  const ids = o.core.notes.existing(o.input.ids).slice(0, PREVIEW_NOTES)
  const cache = new Map<string, string>()
  const notes = ids.map((id) => {
    const note = o.core.notes.get(id)
    return {
      title: note.title,
      html: inlineImages(recleanStoredHtml(note.html), o.blobs, cache),
      updatedAt: note.updatedAt,
    }
  })
  const { renderNotesPdf } = await import('./render-pdf')
  const printer = await o.platform.openPrinter()
  try {
    const docTitle = exportTitle(o.core, o.core.notes.existing(o.input.ids), o.input.locale)
    const rendered = await renderNotesPdf(printer, {
      notes,
      pdf: o.input.pdf,
      untitled: translate(o.input.locale, 'notes.export.untitled'),
      locale: o.input.locale,
      docTitle,
    })
    const pages = await drawFirstPages(new Uint8Array(rendered.pdf), PREVIEW_PAGES, PREVIEW_WIDTH_PX)
    return { pages, notes: notes.length, pageCount: rendered.pages }
  } finally {
    await printer.close()
  }
}
