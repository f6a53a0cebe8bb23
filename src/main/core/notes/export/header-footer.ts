import type { SupportedLocale } from '../../../../shared/contract'
import { translate } from '../../../../shared/i18n'
import { escapeHtml } from '../html/html-entities'
import { PRINT_FONTS } from './print-styles'

export interface HeaderFooterOptions {
  header: boolean
  footer: boolean
  title: string
  date: Date
  locale: SupportedLocale
  /** The page's side margin, so the header lines up with the text. */
  marginMm: number
}

const box = (marginMm: number, justify: string) =>
  `width:100%;box-sizing:border-box;padding:0 ${marginMm}mm;font-size:8pt;color:#6a6f78;` +
  `font-family:${PRINT_FONTS.replace(/\s+/g, ' ')};display:flex;justify-content:${justify};`

/**
 * Chromium's header and footer templates: the document title and date at the top, "page X / Y"
 * at the bottom (Chromium fills the `pageNumber` and `totalPages` spans). Both absent: none.
 */
export function headerFooterTemplates(o: HeaderFooterOptions): {
  headerTemplate?: string
  footerTemplate?: string
} {
  if (!o.header && !o.footer) return {}
  const date = new Intl.DateTimeFormat(o.locale, { dateStyle: 'long' }).format(o.date)
  // Chromium draws the header and footer as documents of their own, per page, without waiting
  // for their web fonts: the bundled font inlined there made a 50-page export five times slower
  // and still fell back. They use the system's fonts.
  const header = o.header
    ? `<div style="${box(o.marginMm, 'space-between')}"><span>${escapeHtml(o.title)}</span><span>${escapeHtml(date)}</span></div>`
    : '<span></span>'
  const pageText = escapeHtml(
    translate(o.locale, 'notes.export.footerPage', { page: '\u0001', total: '\u0002' }),
  )
    // Spaces as fixed gaps: Chromium draws no space glyphs, and a wide gap reads as a space when
    // the PDF's text is extracted (search, copy, screen readers).
    .replace(/ /g, '<span style="display:inline-block;width:1em"></span>')
    .replace('\u0001', '<span class="pageNumber"></span>')
    .replace('\u0002', '<span class="totalPages"></span>')
  const footer = o.footer
    ? `<div style="${box(o.marginMm, 'center')}"><span>${pageText}</span></div>`
    : '<span></span>'
  return { headerTemplate: header, footerTemplate: footer }
}
