import { z } from 'zod'
import { SupportedLocaleSchema } from './app'
import { JobStartedSchema } from './jobs'
import { method, noInput } from './method'
import { NotesExportInputSchema, PdfOptionsSchema } from './notes-export'

export const NoteIdSchema = z.number().int().positive()
const IdInput = z.object({ id: NoteIdSchema }).strict()
const IdsInput = z.object({ ids: z.array(NoteIdSchema).min(1).max(10_000) }).strict()

/** Biggest HTML the contract carries; the service refuses smaller notes above its own limit, translated. */
export const MAX_HTML_CHARS = 64 * 1024 * 1024
export const MAX_TITLE_CHARS = 500

export const noteSorts = ['updated', 'created', 'title'] as const
export const NoteSortSchema = z.enum(noteSorts)
export type NoteSort = z.infer<typeof NoteSortSchema>

export const NotebookSchema = z.object({
  id: NoteIdSchema,
  parentId: NoteIdSchema.nullable(),
  name: z.string(),
  /** Notes directly in this notebook, not in the trash. */
  noteCount: z.number().int().nonnegative(),
})
export type Notebook = z.infer<typeof NotebookSchema>

export const TagSchema = z.object({ id: NoteIdSchema, name: z.string(), noteCount: z.number().int() })
export type Tag = z.infer<typeof TagSchema>

/** Everything the left pane shows. */
export const NotesOverviewSchema = z.object({
  notebooks: z.array(NotebookSchema),
  tags: z.array(TagSchema),
  counts: z.object({ all: z.number().int(), unfiled: z.number().int(), trash: z.number().int() }),
})
export type NotesOverview = z.infer<typeof NotesOverviewSchema>

export const NoteSummarySchema = z.object({
  id: NoteIdSchema,
  title: z.string(),
  /** The start of the note's plain text. */
  snippet: z.string(),
  notebookId: NoteIdSchema.nullable(),
  tags: z.array(z.string()),
  pinned: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  trashedAt: z.string().nullable(),
})
export type NoteSummary = z.infer<typeof NoteSummarySchema>

export const NoteSchema = NoteSummarySchema.extend({
  /** With images as this shell serves them (`${assetBaseUrl}blob/<sha256>`). */
  html: z.string(),
})
export type Note = z.infer<typeof NoteSchema>

/** Which notes the list shows. */
export const NoteScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('unfiled') }),
  z.object({ kind: z.literal('trash') }),
  /** The notebook and the notebooks inside it. */
  z.object({ kind: z.literal('notebook'), id: NoteIdSchema }),
  z.object({ kind: z.literal('tag'), id: NoteIdSchema }),
])
export type NoteScope = z.infer<typeof NoteScopeSchema>

export const ListNotesInputSchema = z
  .object({
    scope: NoteScopeSchema,
    sort: NoteSortSchema.default('updated'),
    limit: z.number().int().min(1).max(5000).default(1000),
  })
  .strict()
export const NoteListSchema = z.object({ notes: z.array(NoteSummarySchema), total: z.number().int() })
export type NoteList = z.infer<typeof NoteListSchema>

export const CreateNoteInputSchema = z
  .object({
    notebookId: NoteIdSchema.nullable().default(null),
    title: z.string().max(MAX_TITLE_CHARS).default(''),
    html: z.string().max(MAX_HTML_CHARS).default(''),
  })
  .strict()

export const SaveNoteInputSchema = z
  .object({ id: NoteIdSchema, title: z.string().max(MAX_TITLE_CHARS), html: z.string().max(MAX_HTML_CHARS) })
  .strict()
export const SaveNoteResultSchema = z.object({
  /** False when nothing had changed: nothing was written. */
  saved: z.boolean(),
  updatedAt: z.string(),
  /** The revision this save kept of the previous text, if the policy made one. */
  revisionId: NoteIdSchema.nullable(),
})
export type SaveNoteResult = z.infer<typeof SaveNoteResultSchema>

export const SearchInputSchema = z
  .object({
    query: z.string().max(200),
    notebookId: NoteIdSchema.nullable().default(null),
    tagId: NoteIdSchema.nullable().default(null),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .strict()
export const SearchHitSchema = z.object({
  id: NoteIdSchema,
  title: z.string(),
  /** HTML: the note's text escaped, with only our own `<mark>` around the matches. */
  titleHtml: z.string(),
  snippetHtml: z.string(),
  notebookId: NoteIdSchema.nullable(),
  updatedAt: z.string(),
  /** The words were found in text read from one of the note's pictures (OCR). */
  inImage: z.boolean().optional(),
})
export type SearchHit = z.infer<typeof SearchHitSchema>
export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  /** How the query ran: the trigram index, a LIKE scan (every term under 3 characters), or both. */
  mode: z.enum(['fts', 'like', 'mixed', 'empty']),
})
export type SearchResult = z.infer<typeof SearchResultSchema>

const NameSchema = z.string().trim().min(1).max(200)
export const revisionReasons = ['auto', 'manual', 'before-restore'] as const
export const RevisionSchema = z.object({
  id: NoteIdSchema,
  noteId: NoteIdSchema,
  title: z.string(),
  reason: z.enum(revisionReasons),
  createdAt: z.string(),
  /** Size of the revision's HTML in bytes. */
  bytes: z.number().int().nonnegative(),
})
export type Revision = z.infer<typeof RevisionSchema>
export const RevisionContentSchema = RevisionSchema.extend({ html: z.string() })
export type RevisionContent = z.infer<typeof RevisionContentSchema>

export const revisionRetentionChoices = [7, 30, 90, 365, 0] as const
export const NotesSettingsSchema = z.object({
  /** Revisions older than this many days are removed; 0 keeps them forever. */
  revisionRetentionDays: z.literal(revisionRetentionChoices),
})
export type NotesSettings = z.infer<typeof NotesSettingsSchema>

export const PutImageInputSchema = z
  .object({
    noteId: NoteIdSchema,
    data: z.instanceof(Uint8Array),
  })
  .strict()

export const ImportResultSchema = z.object({
  imported: z.array(z.object({ id: NoteIdSchema, title: z.string() })),
})

export const PreviewInputSchema = z
  .object({
    ids: z.array(NoteIdSchema).min(1).max(10_000),
    pdf: PdfOptionsSchema,
    locale: SupportedLocaleSchema,
  })
  .strict()
export const PreviewSchema = z.object({
  /** The first pages of the PDF, drawn by main as JPEG pictures. */
  pages: z
    .array(z.object({ data: z.instanceof(Uint8Array), width: z.number().int(), height: z.number().int() }))
    .max(3),
  /** Notes printed in the preview (the first few of the selection). */
  notes: z.number().int(),
  /** Pages of the preview PDF (its first pages are the pictures). */
  pageCount: z.number().int(),
})

export const notesContract = {
  overview: method(noInput, NotesOverviewSchema),
  list: method(ListNotesInputSchema, NoteListSchema),
  get: method(IdInput, NoteSchema),
  create: method(CreateNoteInputSchema, NoteSchema),
  save: method(SaveNoteInputSchema, SaveNoteResultSchema),
  setPinned: method(z.object({ id: NoteIdSchema, pinned: z.boolean() }).strict(), NoteSummarySchema),
  move: method(
    z.object({ id: NoteIdSchema, notebookId: NoteIdSchema.nullable() }).strict(),
    NoteSummarySchema,
  ),
  setTags: method(
    z.object({ id: NoteIdSchema, tags: z.array(z.string().trim().min(1).max(100)).max(50) }).strict(),
    NoteSummarySchema,
  ),
  trash: method(IdsInput, z.object({ count: z.number().int() })),
  restore: method(IdsInput, z.object({ count: z.number().int() })),
  deleteForever: method(IdsInput, z.object({ count: z.number().int(), assetsRemoved: z.number().int() })),
  emptyTrash: method(noInput, z.object({ count: z.number().int(), assetsRemoved: z.number().int() })),
  search: method(SearchInputSchema, SearchResultSchema),

  createNotebook: method(
    z.object({ name: NameSchema, parentId: NoteIdSchema.nullable().default(null) }).strict(),
    NotebookSchema,
  ),
  renameNotebook: method(z.object({ id: NoteIdSchema, name: NameSchema }).strict(), NotebookSchema),
  moveNotebook: method(
    z.object({ id: NoteIdSchema, parentId: NoteIdSchema.nullable() }).strict(),
    NotebookSchema,
  ),
  /** Its notes (and those of the notebooks inside it) go to the trash. */
  deleteNotebook: method(IdInput, z.object({ trashed: z.number().int() })),
  renameTag: method(
    z.object({ id: NoteIdSchema, name: z.string().trim().min(1).max(100) }).strict(),
    TagSchema,
  ),
  deleteTag: method(IdInput, z.object({ deleted: z.boolean() })),

  revisions: method(z.object({ noteId: NoteIdSchema }).strict(), z.array(RevisionSchema)),
  revision: method(IdInput, RevisionContentSchema),
  /** Keeps the note as it is now as a revision ("save a version"). */
  snapshot: method(z.object({ noteId: NoteIdSchema }).strict(), RevisionSchema),
  /**
   * The user left the note or paused after editing: its text is kept as a revision if it changed
   * since the newest one (within the retention). `revisionId` is null when nothing was kept.
   */
  checkpoint: method(
    z.object({ noteId: NoteIdSchema }).strict(),
    z.object({ revisionId: NoteIdSchema.nullable() }),
  ),
  /** Keeps the current text as a revision, then puts the revision's text back. */
  restoreRevision: method(IdInput, NoteSchema),
  settings: method(noInput, NotesSettingsSchema),
  updateSettings: method(NotesSettingsSchema.partial().strict(), NotesSettingsSchema),

  /** Stores an image pasted or inserted into a note; returns the URL the editor shows it by. */
  putImage: method(PutImageInputSchema, z.object({ sha256: z.string(), url: z.string() })),
  /** Asks where to save, then exports in the background; `jobId` is null if the user cancelled. */
  export: method(NotesExportInputSchema, JobStartedSchema.extend({ jobId: z.string().nullable() })),
  /** The first pages of the PDF the options would make, for the export dialog. */
  previewPdf: method(PreviewInputSchema, PreviewSchema),
  /** Asks for .md/.html/.docx files and imports them, all or none. Null if the user cancelled. */
  import: method(
    z.object({ notebookId: NoteIdSchema.nullable().default(null) }).strict(),
    ImportResultSchema.nullable(),
  ),
} as const
