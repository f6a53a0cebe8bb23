import type { PdfOptions, SupportedLocale } from '../../../../shared/contract'
import type { Printer } from '../../pdf/print-job'
import { headerFooterTemplates } from './header-footer'
import { pageSizeMm } from '../../pdf/print-job'
import { finishPdf, headingTexts } from './finish-pdf'
import { topLevelBookmarkPages } from './outline-pages'
import { printDocument, type PrintableNote } from './print-document'

export interface RenderPdfOptions {
  notes: readonly PrintableNote[]
  pdf: PdfOptions
  locale: SupportedLocale
  docTitle: string
  /** What a note without a title is called (its bookmark and TOC entry). */
  untitled: string
  signal?: AbortSignal
  /** Called as each layout pass ends. */
  onPass?: (pass: number) => void
  now?: Date
}

export interface RenderedPdf {
  pdf: Uint8Array
  pages: number
  /** The page each note starts on. */
  starts: number[]
}

const MAX_PASSES = 3

/**
 * Prints notes into one PDF on Chromium's print pipeline, with bookmarks (one per note, headings
 * nested). With a table of contents, the first pass finds on which page each note starts (from
 * the bookmarks Chromium made) and the next pass prints the TOC with those numbers; the
 * placeholders are as wide as the numbers, so the layout holds and a third pass is rarely needed.
 */
export async function renderNotesPdf(printer: Printer, o: RenderPdfOptions): Promise<RenderedPdf> {
  // A table of contents lists several notes (one note has nothing to list) and points at titles.
  const toc = o.pdf.toc && o.notes.length > 1
  const layout = { toc, includeTitle: o.pdf.includeTitle || toc, onePerPage: o.pdf.onePerPage }
  const job = {
    pageSize: o.pdf.pageSize,
    landscape: o.pdf.landscape,
    marginMm: { top: o.pdf.marginMm, right: o.pdf.marginMm, bottom: o.pdf.marginMm, left: o.pdf.marginMm },
    outline: true,
    ...headerFooterTemplates({
      header: o.pdf.header,
      footer: o.pdf.footer,
      title: o.docTitle,
      date: o.now ?? new Date(),
      locale: o.locale,
      marginMm: o.pdf.marginMm,
    }),
  }
  let tocPages: number[] | null = null
  for (let pass = 1; ; pass++) {
    const html = printDocument({ notes: o.notes, docTitle: o.docTitle, locale: o.locale, layout, tocPages })
    const pdf = await printer.print({ ...job, html }, o.signal)
    o.onPass?.(pass)
    const found = await topLevelBookmarkPages(pdf)
    const starts = layout.includeTitle ? found.starts : []
    const settled = tocPages !== null && sameNumbers(tocPages, starts)
    if (!layout.toc || settled || pass >= MAX_PASSES) {
      const size = pageSizeMm[o.pdf.pageSize]
      const finished = await finishPdf(pdf, {
        pageMm: o.pdf.landscape ? { width: size.height, height: size.width } : size,
        headings: headingTexts(html),
      })
      return { pdf: finished, pages: found.pages, starts }
    }
    tocPages = starts
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i])
}
