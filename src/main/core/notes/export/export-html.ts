import type { SupportedLocale } from '../../../../shared/contract'
import { sanitizeNoteHtml } from '../html/sanitize-note-html'
import { printDocument, type PrintableNote } from './print-document'

/**
 * One self-contained HTML file: styles and images inside, a linked table of contents for several
 * notes, each note's HTML sanitised once more on the way out, and a CSP that forbids every script.
 */
export function exportHtml(
  notes: readonly PrintableNote[],
  docTitle: string,
  locale: SupportedLocale,
): string {
  const safe = notes.map((note) => ({ ...note, html: sanitizeNoteHtml(note.html) }))
  return printDocument({
    notes: safe,
    docTitle,
    locale,
    layout: { toc: notes.length > 1, includeTitle: true, onePerPage: false },
    tocPages: null,
    medium: 'screen',
  })
}
