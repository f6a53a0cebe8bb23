import type { Revision, SaveNoteResult } from '../../../shared/contract'
import { userError } from '../../../shared/errors'
import type { AssetStore } from '../assets/asset-store'
import type { DataStore } from '../db/data-store'
import type { SettingStore } from '../settings/setting-store'
import { cleanNoteHtml, type CleanNoteHtml } from './html/clean-note-html'
import { toEditorModel } from './html/editor-model-html'
import { inspectNoteHtml } from './html/inspect-note-html'
import { NoteDeleter } from './note-deleter'
import { checkImage } from './note-image'
import { NoteStore } from './note-store'
import { contentDigest, MAX_NOTE_HTML_CHARS, NoteWriter } from './note-writer'
import { NotebookStore } from './notebook-store'
import { NotesSettingsStore } from './notes-settings'
import { PendingImages } from './pending-images'
import { needsCheckpoint } from './revision-policy'
import { RevisionStore } from './revision-store'
import { IndexMaintenance } from './search/index-maintenance'

export interface NotesCoreDeps {
  store: DataStore
  settings: SettingStore
  blobs: AssetStore
  now?: () => Date
}

/** A note to add: HTML from anywhere (it is cleaned here). */
export interface NewNote {
  title: string
  html: string
  notebookId: number | null
  tags?: readonly string[]
}

/**
 * The Notes tool's storage, for the contract's services, the CLI and the exporters: notes,
 * notebooks, tags, revisions, images. HTML from outside goes through `cleanNoteHtml` here.
 */
/** HTML ready to store, with the inline images that become blobs in the same transaction. */
export interface CheckedHtml {
  clean: CleanNoteHtml
  pending: PendingImages
}

export class NotesCore {
  readonly notes: NoteStore
  readonly writer: NoteWriter
  readonly revisions: RevisionStore
  readonly notebooks: NotebookStore
  readonly deleter: NoteDeleter
  readonly preferences: NotesSettingsStore
  /** Merges the search index and checkpoints the WAL once writes pause. */
  readonly maintenance: IndexMaintenance
  private readonly now: () => Date

  constructor(private readonly deps: NotesCoreDeps) {
    this.now = deps.now ?? (() => new Date())
    this.preferences = new NotesSettingsStore(deps.settings)
    this.notes = new NoteStore(deps.store, this.now)
    this.revisions = new RevisionStore(deps.store, this.now)
    this.writer = new NoteWriter(deps.store, () => this.preferences.get().revisionRetentionDays, this.now)
    this.notebooks = new NotebookStore(deps.store, this.now)
    this.deleter = new NoteDeleter(deps.store, deps.blobs)
    this.maintenance = new IndexMaintenance(deps.store)
  }

  /**
   * Brings each note's HTML into the editor's own form and cleans it (images checked, not yet
   * stored), then adds them all in one transaction.
   */
  async addNotes(notes: readonly NewNote[]): Promise<number[]> {
    const pending = new PendingImages()
    const cleaned: Array<{ note: NewNote; clean: CleanNoteHtml }> = []
    for (const note of notes) {
      assertNoteSize(note.html)
      const clean = await cleanNoteHtml(toEditorModel(note.html), pending.storeDataImage)
      cleaned.push({ note, clean })
    }
    const db = this.deps.store.db
    this.maintenance.schedule()
    return db.transaction(() => {
      pending.flush(this.deps.blobs)
      return cleaned.map(({ note, clean }) => {
        const title = singleLine(note.title)
        const id = this.notes.create({
          notebookId: note.notebookId,
          title,
          html: clean.html,
          text: clean.text,
          digest: contentDigest({ title, html: clean.html }),
        })
        this.writer.syncChunks(id, title, clean.text)
        this.writer.linkAssets(id, clean.assets)
        if (note.tags && note.tags.length > 0) this.notes.setTags(id, note.tags)
        return id
      })
    })()
  }

  /** Saves the editor's text (images already in stored form): checks the HTML, then stores it. */
  async save(id: number, title: string, html: string): Promise<SaveNoteResult> {
    return this.store(id, title, await this.check(html))
  }

  /** A save's first half: the HTML checked (sanitised when it must be), its inline images held. */
  async check(html: string): Promise<CheckedHtml> {
    assertNoteSize(html)
    const pending = new PendingImages()
    const clean = await cleanNoteHtml(html, pending.storeDataImage)
    return { clean, pending }
  }

  /** A save's second half: one transaction with the row, the changed search chunks and the revision policy. */
  store(id: number, title: string, { clean, pending }: CheckedHtml): SaveNoteResult {
    const db = this.deps.store.db
    this.maintenance.schedule()
    return db.transaction(() => {
      pending.flush(this.deps.blobs)
      return this.writer.save(id, { title: singleLine(title), ...clean })
    })()
  }

  /** Keeps the note as it is now as a revision. */
  snapshot(noteId: number): Revision {
    const note = this.notes.get(noteId)
    const id = this.revisions.insert(noteId, note, 'manual')
    return this.revisions.list(noteId).find((r) => r.id === id) as Revision
  }

  /**
   * A checkpoint (the user left the note, or paused after editing): keeps the note's text as a
   * revision when the policy says so, within the retention. Returns the new revision's id, or null.
   */
  checkpoint(noteId: number): number | null {
    const db = this.deps.store.db
    return db.transaction(() => {
      const note = this.notes.get(noteId)
      if (note.trashedAt !== null) return null
      if (!needsCheckpoint(note, this.revisions.newestContent(noteId))) return null
      const id = this.revisions.insert(noteId, note, 'auto')
      this.writer.pruneRevisions(noteId)
      return id
    })()
  }

  /** Keeps the current text as a revision, then puts the revision's text back; returns the note id. */
  restoreRevision(revisionId: number): number {
    const revision = this.revisions.get(revisionId)
    const db = this.deps.store.db
    db.transaction(() => {
      const current = this.notes.get(revision.noteId)
      if (current.trashedAt !== null)
        throw userError('VALIDATION', 'notes.note-in-trash', 'the note is in the trash; restore it first')
      this.revisions.insert(revision.noteId, current, 'before-restore')
      // The revision was clean when it was kept; its text is re-derived the same way as on save.
      const report = inspectForRestore(revision.html)
      this.writer.write(
        revision.noteId,
        { title: revision.title, html: revision.html, ...report },
        this.now().toISOString(),
      )
      this.writer.pruneRevisions(revision.noteId)
    })()
    return revision.noteId
  }

  /** Checks an image's bytes, stores it and links it to the note; returns its key. */
  async putImage(noteId: number, data: Uint8Array): Promise<string> {
    this.notes.summary(noteId)
    const image = await checkImage(data)
    const db = this.deps.store.db
    return db.transaction(() => {
      const { sha256 } = this.deps.blobs.put(image.data, image.mime)
      this.writer.linkAssets(noteId, [sha256])
      return sha256
    })()
  }
}

function inspectForRestore(html: string): { text: string; assets: string[] } {
  const report = inspectNoteHtml(html)
  return { text: report.text, assets: report.assets }
}

function assertNoteSize(html: string): void {
  if (html.length > MAX_NOTE_HTML_CHARS) {
    throw userError('VALIDATION', 'notes.note-too-large', 'the note is larger than 5 MB', { limitMb: 5 })
  }
}

function singleLine(title: string): string {
  return title.replace(/[\r\n\t]+/g, ' ').slice(0, 500)
}
