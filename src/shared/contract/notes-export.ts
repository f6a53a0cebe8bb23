import { z } from 'zod'
import { SupportedLocaleSchema } from './app'

export const notePageSizes = ['A4', 'A5', 'Letter', 'Legal'] as const
export const noteExportFormats = ['pdf', 'html', 'md'] as const

/** How notes are laid out on paper. */
export const PdfOptionsSchema = z
  .object({
    pageSize: z.enum(notePageSizes).default('A4'),
    landscape: z.boolean().default(false),
    marginMm: z.number().min(5).max(50).default(18),
    /** Header: the document title and the date. */
    header: z.boolean().default(true),
    /** Footer: "page X / Y". */
    footer: z.boolean().default(true),
    /** A table of contents with page numbers before the notes (several notes). */
    toc: z.boolean().default(true),
    /** Each note starts with its title as a heading. */
    includeTitle: z.boolean().default(true),
    /** Each note starts on a new page; otherwise they follow one another. */
    onePerPage: z.boolean().default(true),
  })
  .strict()
export type PdfOptions = z.infer<typeof PdfOptionsSchema>
export const defaultPdfOptions: PdfOptions = PdfOptionsSchema.parse({})

export const NotesExportInputSchema = z
  .object({
    ids: z.array(z.number().int().positive()).min(1).max(10_000),
    format: z.enum(noteExportFormats),
    pdf: PdfOptionsSchema.default(defaultPdfOptions),
    /** Language of the table of contents, dates and page numbers. */
    locale: SupportedLocaleSchema.default('en'),
    /** The document's title (PDF header, HTML title, file name); empty: chosen from the notes. */
    title: z.string().trim().max(200).optional(),
  })
  .strict()
export type NotesExportInput = z.infer<typeof NotesExportInputSchema>

/** What a finished export job's `result` holds. */
export const NotesExportResultSchema = z.object({
  path: z.string(),
  bytes: z.number().int(),
  notes: z.number().int(),
  /** PDF pages (0 for HTML and Markdown). */
  pages: z.number().int(),
  /** Image files written beside a Markdown export. */
  images: z.number().int(),
})
export type NotesExportResult = z.infer<typeof NotesExportResultSchema>
