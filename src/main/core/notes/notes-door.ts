import type {
  Note,
  NoteList,
  NoteScope,
  NoteSort,
  NoteSummary,
  Notebook,
  NotesExportInput,
  NotesExportResult,
  NotesOverview,
  NotesSettings,
  PdfOptions,
  Revision,
  RevisionContent,
  SaveNoteResult,
  SearchResult,
  SupportedLocale,
  Tag,
} from '../../../shared/contract'
import type { JobContext } from '../jobs/job-runner'
import { once } from '../once'
import type { PageImage } from '../pdf-raster/pdf-page-images'
import type { ServiceDeps } from '../service-deps'
import { toDisplayHtml, toStoredHtml } from './asset-urls'
import { ASSET_IMAGE_PREFIX } from './html/note-html-rules'
import type { SearchOptions } from './search/note-search'

export { importExtensions } from './import/read-import-file'

// The door to the Notes tool: what the app's contract methods and the `paperdesk notes` commands
// do, in the user's words. The notes' storage (HTML cleaning, images, search) loads on first use.
// Note HTML crosses this door as the shell shows it (images at its asset URL) and is stored with
// `paperdesk-asset://` image sources; on the CLI the two are the same.

/** A note to add from a file on disk. */
export interface NoteFromFile {
  title: string
  path: string
  format: 'html' | 'md'
  /** A top-level notebook by name, made if needed. */
  notebook?: string
  tags?: readonly string[]
}

const idle: Pick<JobContext, 'signal' | 'progress'> = {
  signal: new AbortController().signal,
  progress: () => undefined,
}

export class NotesDoor {
  private readonly core = once(async () => {
    const { NotesCore } = await import('./notes-core')
    const { store, settings, blobs } = this.deps
    return new NotesCore({ store, settings, blobs })
  })

  constructor(private readonly deps: Pick<ServiceDeps, 'store' | 'settings' | 'blobs' | 'platform'>) {}

  private base(): string {
    return this.deps.platform.assetBaseUrl()
  }

  // Notes

  async overview(): Promise<NotesOverview> {
    return (await this.core()).notebooks.overview()
  }

  async list(scope: NoteScope, sort: NoteSort, limit: number): Promise<NoteList> {
    return (await this.core()).notes.list(scope, sort, limit)
  }

  async get(id: number): Promise<Note> {
    const note = (await this.core()).notes.get(id)
    return { ...note, html: toDisplayHtml(note.html, this.base()) }
  }

  /** A new note from the editor; its HTML is cleaned on the way in. */
  async create(note: { notebookId: number | null; title: string; html: string }): Promise<Note> {
    const [id] = await (await this.core()).addNotes([{ ...note, html: toStoredHtml(note.html, this.base()) }])
    return this.get(id as number)
  }

  /** A new note from an HTML or Markdown file (sanitised; local images inlined); returns its id. */
  async addFromFile(file: NoteFromFile): Promise<number> {
    const { readNoteFile } = await import('./import/read-note-file')
    const html = await readNoteFile(file.path, file.format)
    const core = await this.core()
    const notebookId = file.notebook ? core.notebooks.ensure(file.notebook).id : null
    const [id] = await core.addNotes([{ title: file.title, html, notebookId, tags: file.tags ?? [] }])
    return id as number
  }

  async save(id: number, title: string, html: string): Promise<SaveNoteResult> {
    return (await this.core()).save(id, title, toStoredHtml(html, this.base()))
  }

  async setPinned(id: number, pinned: boolean): Promise<NoteSummary> {
    return (await this.core()).notes.setPinned(id, pinned)
  }

  async move(id: number, notebookId: number | null): Promise<NoteSummary> {
    return (await this.core()).notes.move(id, notebookId)
  }

  async setTags(id: number, tags: readonly string[]): Promise<NoteSummary> {
    return (await this.core()).notes.setTags(id, tags)
  }

  /** Moves notes to the trash (`true`) or back out of it; returns how many changed. */
  async setTrashed(ids: readonly number[], trashed: boolean): Promise<number> {
    return (await this.core()).notes.setTrashed(ids, trashed)
  }

  async deleteForever(ids: readonly number[]): Promise<{ count: number; assetsRemoved: number }> {
    const core = await this.core()
    return core.deleter.deleteForever(core.notes.existing(ids))
  }

  async emptyTrash(): Promise<{ count: number; assetsRemoved: number }> {
    return (await this.core()).deleter.emptyTrash()
  }

  /** Full-text search, Chinese substrings included, best match first. */
  async search(options: SearchOptions): Promise<SearchResult> {
    const { searchNotes } = await import('./search/note-search')
    return searchNotes(this.deps.store, options)
  }

  /** Stores an image for a note (checked first) and gives its key and the URL the editor shows. */
  async putImage(noteId: number, data: Uint8Array): Promise<{ sha256: string; url: string }> {
    const sha256 = await (await this.core()).putImage(noteId, data)
    const base = this.base()
    return { sha256, url: base ? `${base}blob/${sha256}` : `${ASSET_IMAGE_PREFIX}${sha256}` }
  }

  // Notebooks and tags

  async createNotebook(name: string, parentId: number | null): Promise<Notebook> {
    return (await this.core()).notebooks.create(name, parentId)
  }

  async renameNotebook(id: number, name: string): Promise<Notebook> {
    return (await this.core()).notebooks.rename(id, name)
  }

  async moveNotebook(id: number, parentId: number | null): Promise<Notebook> {
    return (await this.core()).notebooks.move(id, parentId)
  }

  /** Deletes a notebook and its sub-notebooks; their notes go to the trash. Returns how many did. */
  async deleteNotebook(id: number): Promise<number> {
    return (await this.core()).notebooks.delete(id)
  }

  async renameTag(id: number, name: string): Promise<Tag> {
    return (await this.core()).notebooks.renameTag(id, name)
  }

  async deleteTag(id: number): Promise<boolean> {
    return (await this.core()).notebooks.deleteTag(id)
  }

  // History

  async revisions(noteId: number): Promise<Revision[]> {
    const core = await this.core()
    core.notes.summary(noteId)
    return core.revisions.list(noteId)
  }

  async revision(id: number): Promise<RevisionContent> {
    const revision = (await this.core()).revisions.get(id)
    return { ...revision, html: toDisplayHtml(revision.html, this.base()) }
  }

  async snapshot(noteId: number): Promise<Revision> {
    return (await this.core()).snapshot(noteId)
  }

  /** Keeps the note's text as an automatic revision if it differs from the newest one (on leaving, when idle). */
  async checkpoint(noteId: number): Promise<number | null> {
    return (await this.core()).checkpoint(noteId)
  }

  /** Puts a revision's text back (keeping the current text as a revision first). */
  async restoreRevision(id: number): Promise<Note> {
    return this.get((await this.core()).restoreRevision(id))
  }

  async settings(): Promise<NotesSettings> {
    return (await this.core()).preferences.get()
  }

  async updateSettings(patch: Partial<NotesSettings>): Promise<NotesSettings> {
    return (await this.core()).preferences.update(patch)
  }

  // Files

  /** Imports .md, .html, .docx or .txt files as notes, all or none. */
  async importFiles(
    paths: readonly string[],
    notebookId: number | null,
  ): Promise<{ imported: Array<{ id: number; title: string }> }> {
    const { importFiles } = await import('./import/import-files')
    return importFiles(await this.core(), paths, notebookId)
  }

  /** The file name a save dialog suggests for an export (the notes must exist). */
  async exportFileName(
    ids: readonly number[],
    format: NotesExportInput['format'],
    locale: SupportedLocale,
    title?: string,
  ) {
    const [core, { exportFileName }] = await Promise.all([this.core(), import('./export/export-file-name')])
    return exportFileName(core, ids, format, locale, title)
  }

  /** Exports notes to one PDF, HTML or Markdown file at `path`, whole or not at all. */
  async exportNotes(
    request: NotesExportInput,
    path: string,
    job: Pick<JobContext, 'signal' | 'progress'> = idle,
  ): Promise<NotesExportResult> {
    const [core, { exportNotes }] = await Promise.all([this.core(), import('./export/export-notes')])
    return exportNotes({
      core,
      blobs: this.deps.blobs,
      openPrinter: () => this.deps.platform.openPrinter(),
      input: request,
      path,
      ctx: job,
    })
  }

  /** The first pages of the PDF an export with these options would make, as pictures. */
  async previewPdf(request: {
    ids: number[]
    pdf: PdfOptions
    locale: SupportedLocale
  }): Promise<{ pages: PageImage[]; notes: number; pageCount: number }> {
    const [core, { previewPdf }] = await Promise.all([this.core(), import('./export/preview-pdf')])
    return previewPdf({ core, blobs: this.deps.blobs, platform: this.deps.platform, input: request })
  }
}
