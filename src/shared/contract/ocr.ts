import { z } from 'zod'
import { JobStartedSchema } from './jobs'
import { method, noInput } from './method'
import { NoteIdSchema } from './notes'

/** A scan the user opened: main keeps its path under a random token, the renderer never gets it. */
export const OcrDocumentSchema = z.object({
  token: z.string(),
  name: z.string(),
  kind: z.enum(['image', 'pdf']),
  pageCount: z.number().int().positive(),
  /** Where main serves the picture of page n: `${assetPath}/${n}.jpg` under the asset base URL. */
  assetPath: z.string(),
  /** Digital signatures of a PDF: a searchable copy would drop them (asked first). */
  signatures: z.number().int().nonnegative(),
})
export type OcrDocument = z.infer<typeof OcrDocumentSchema>

export const OcrBoxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
export const OcrLineSchema = z.object({
  text: z.string(),
  /** Where the line sits on its page, in the page's unit. */
  box: OcrBoxSchema,
  /** 0…1; below `LOW_CONFIDENCE` the line is marked for a second look. */
  confidence: z.number(),
})
export type OcrLineView = z.infer<typeof OcrLineSchema>
export const OcrPageSchema = z.object({
  page: z.number().int().positive(),
  width: z.number(),
  height: z.number(),
  unit: z.enum(['pt', 'px']),
  lines: z.array(OcrLineSchema),
  text: z.string(),
})
export type OcrPageView = z.infer<typeof OcrPageSchema>
/** What a finished `ocr.recognize` job holds as its result. */
export const OcrResultSchema = z.object({
  kind: z.enum(['image', 'pdf']),
  pageCount: z.number().int(),
  pages: z.array(OcrPageSchema),
  text: z.string(),
})
export type OcrResultView = z.infer<typeof OcrResultSchema>

/** Lines read below this confidence are marked (the core uses the same threshold). */
export const LOW_CONFIDENCE_LINE = 0.8

const Token = z.string().min(1).max(100)
/** Pages of a PDF as the user writes them: `1-3,5`; empty for all. */
const PagesSchema = z.string().trim().max(200).default('')

/** What a finished `ocr.searchableCopy` job holds as its result. */
export const SearchableCopyResultSchema = z.object({
  name: z.string(),
  pageCount: z.number().int(),
  pagesRead: z.number().int(),
  pagesWithText: z.number().int(),
  signaturesDropped: z.number().int(),
})
export type SearchableCopyResult = z.infer<typeof SearchableCopyResultSchema>

export const OcrIndexStatusSchema = z.object({
  /** Notes whose pictures are not read yet. */
  pending: z.number().int().nonnegative(),
  /** Whether pictures are being read now (in the background or asked for). */
  running: z.boolean(),
})
export type OcrIndexStatus = z.infer<typeof OcrIndexStatusSchema>

export const ocrContract = {
  /** Asks for an image or a PDF and keeps it open for reading; null if the user cancelled. */
  open: method(noInput, OcrDocumentSchema.nullable()),
  /** Reads the text of the open scan (chosen pages of a PDF) as a job: progress per page, cancel. */
  recognize: method(z.object({ token: Token, pages: PagesSchema }).strict(), JobStartedSchema),
  /** A new note: the (corrected) text as its body, the scan's pages attached as pictures. */
  makeNote: method(
    z
      .object({
        token: Token,
        pages: PagesSchema,
        title: z.string().trim().min(1).max(500),
        text: z.string().max(1_000_000),
        notebookId: NoteIdSchema.nullable().default(null),
      })
      .strict(),
    z.object({ noteId: NoteIdSchema }),
  ),
  /**
   * Asks where to save, then writes a copy of the open PDF with an invisible text layer (a job).
   * A signed PDF is refused unless `unsignedCopy` says the user agreed the copy is unsigned.
   * `jobId` is null if the user cancelled the dialog.
   */
  searchableCopy: method(
    z.object({ token: Token, pages: PagesSchema, unsignedCopy: z.boolean().default(false) }).strict(),
    JobStartedSchema.extend({ jobId: z.string().nullable() }),
  ),
  /** Puts text on the clipboard (main owns it). */
  copyText: method(z.object({ text: z.string().max(1_000_000) }).strict(), z.object({ copied: z.boolean() })),
  /** How far reading the pictures of notes for search has come. */
  indexStatus: method(noInput, OcrIndexStatusSchema),
  /** Reads the pictures of notes now, as a job (the background reading pauses meanwhile). */
  indexNow: method(noInput, JobStartedSchema),
} as const
