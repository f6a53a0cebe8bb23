import type { NoteSort, NotesSettings } from '../../../../shared/contract/notes'
import type { PdfOptions } from '../../../../shared/contract/notes-export'

// The renderer imports only types from shared, so the Notes contract values the UI offers are
// restated here; each record names every member of its type (the compiler checks) and
// notes-values.test.ts checks them against shared's own.

const sortSet = { updated: true, created: true, title: true } as const satisfies Record<NoteSort, true>
const pageSizeSet = { A4: true, A5: true, Letter: true, Legal: true } as const satisfies Record<
  PdfOptions['pageSize'],
  true
>

export const noteSorts = Object.keys(sortSet) as NoteSort[]
export const pageSizes = Object.keys(pageSizeSet) as Array<PdfOptions['pageSize']>
export const exportFormats = ['pdf', 'html', 'md'] as const
export const revisionRetentionChoices: ReadonlyArray<NotesSettings['revisionRetentionDays']> = [
  7, 30, 90, 365, 0,
]

/** Shared's `defaultPdfOptions`: what the export dialog starts with. */
export const defaultPdfOptions: PdfOptions = {
  pageSize: 'A4',
  landscape: false,
  marginMm: 18,
  header: true,
  footer: true,
  toc: true,
  includeTitle: true,
  onePerPage: true,
}
export const marginRange = { min: 5, max: 50 } as const
