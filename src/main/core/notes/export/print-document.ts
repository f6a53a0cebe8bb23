import type { PdfOptions, SupportedLocale } from '../../../../shared/contract'
import { translate } from '../../../../shared/i18n'
import { escapeHtml } from '../html/html-entities'
import { ckeditorContentCss } from './content-styles'
import { printFontFaces } from './print-fonts'
import { PRINT_CSS } from './print-styles'

/** One note as it goes to paper: stored HTML with its images already inline (`data:` URLs). */
export interface PrintableNote {
  title: string
  html: string
  updatedAt: string
}

export interface PrintDocumentOptions {
  notes: readonly PrintableNote[]
  docTitle: string
  locale: SupportedLocale
  layout: Pick<PdfOptions, 'toc' | 'includeTitle' | 'onePerPage'>
  /** The page each note starts on, once known (second pass); null prints placeholders. */
  tocPages: readonly number[] | null
  /** `screen`: a self-contained HTML file to read in a browser (no page numbers, a centred column). */
  medium?: 'print' | 'screen'
}

const SCREEN_CSS = `body { max-width: 820px; margin: 0 auto; padding: 32px 24px 64px; }
.pd-toc { margin-bottom: 32px; } .pd-toc__dots, .pd-toc__page { display: none; }
.pd-note { border-top: 1px solid #e0e2e6; padding-top: 24px; } .pd-note:first-of-type { border-top: 0; }`

/**
 * The HTML document printed to PDF (and, with a different footer, exported as HTML): CKEditor's
 * content styles, our print stylesheet, an optional table of contents, then each note. The notes'
 * HTML was cleaned when stored; the print step runs with JavaScript off regardless.
 */
export function printDocument(o: PrintDocumentOptions): string {
  const t = (key: string) => translate(o.locale, `notes.export.${key}`)
  const untitled = t('untitled')
  const dateFormat = new Intl.DateTimeFormat(o.locale, { dateStyle: 'medium', timeStyle: 'short' })
  const toc = o.layout.toc ? tableOfContents(o, untitled, t('tocTitle')) : ''
  const newPage = o.layout.onePerPage ? ' pd-note--new-page' : ''
  const notes = o.notes
    .map((note, i) => {
      const heading = o.layout.includeTitle
        ? `<h1 class="pd-note__title" id="note-${i + 1}">${escapeHtml(note.title || untitled)}</h1>
<p class="pd-note__meta">${escapeHtml(dateFormat.format(new Date(note.updatedAt)))}</p>`
        : ''
      return `<article class="pd-note${newPage}">${heading}<div class="ck-content">${note.html}</div></article>`
    })
    .join('\n')
  const title = escapeHtml(o.docTitle)
  return `<!doctype html>
<html lang="${o.locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:">
<title>${title}</title>
<style>${printFontFaces(`${title}${toc}${notes}`)}</style>
<style>${ckeditorContentCss()}</style>
<style>${PRINT_CSS}</style>${o.medium === 'screen' ? `\n<style>${SCREEN_CSS}</style>` : ''}
</head><body>
${toc}
${notes}
</body></html>`
}

function tableOfContents(o: PrintDocumentOptions, untitled: string, title: string): string {
  const entries = o.notes
    .map((note, i) => {
      // Placeholders as wide as real numbers, so the second pass lays out the same pages.
      const page = o.tocPages ? String(o.tocPages[i] ?? '') : '000'
      const hidden = o.tocPages ? '' : ' style="visibility:hidden"'
      return `<li class="pd-toc__entry"><a class="pd-toc__name" href="#note-${i + 1}">${escapeHtml(note.title || untitled)}</a><span class="pd-toc__dots"></span><span class="pd-toc__page"${hidden}>${page}</span></li>`
    })
    .join('\n')
  return `<nav class="pd-toc"><p class="pd-toc__title">${escapeHtml(title)}</p><ol class="pd-toc__list">${entries}</ol></nav>`
}
