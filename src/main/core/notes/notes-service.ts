import type { Services } from '../../../shared/api'
import type { Note } from '../../../shared/contract'
import type { ServiceDeps } from '../service-deps'
import { toDisplayHtml, toStoredHtml } from './asset-urls'
import { ASSET_IMAGE_PREFIX } from './html/note-html-rules'
import { NotesCore } from './notes-core'
import { startNotesExport } from './export/start-export'
import { previewPdf } from './export/preview-pdf'
import { importWithPicker } from './import/import-with-picker'
import { searchNotes } from './search/note-search'

/** The `notes` domain of the contract, on the core's database, blobs, jobs and platform. */
export function createNotesServices(deps: ServiceDeps): Services['notes'] {
  const core = new NotesCore({ store: deps.store, settings: deps.settings, blobs: deps.blobs })
  const base = () => deps.platform.assetBaseUrl()
  const noteFor = (id: number): Note => {
    const note = core.notes.get(id)
    return { ...note, html: toDisplayHtml(note.html, base()) }
  }

  return {
    overview: () => core.notebooks.overview(),
    list: ({ scope, sort, limit }) => core.notes.list(scope, sort, limit),
    get: ({ id }) => noteFor(id),
    create: async ({ notebookId, title, html }) => {
      const [id] = await core.addNotes([{ notebookId, title, html: toStoredHtml(html, base()) }])
      return noteFor(id as number)
    },
    save: ({ id, title, html }) => core.save(id, title, toStoredHtml(html, base())),
    setPinned: ({ id, pinned }) => core.notes.setPinned(id, pinned),
    move: ({ id, notebookId }) => core.notes.move(id, notebookId),
    setTags: ({ id, tags }) => core.notes.setTags(id, tags),
    trash: ({ ids }) => ({ count: core.notes.setTrashed(ids, true) }),
    restore: ({ ids }) => ({ count: core.notes.setTrashed(ids, false) }),
    deleteForever: ({ ids }) => core.deleter.deleteForever(core.notes.existing(ids)),
    emptyTrash: () => core.deleter.emptyTrash(),
    search: (input) => searchNotes(deps.store, input),

    createNotebook: ({ name, parentId }) => core.notebooks.create(name, parentId),
    renameNotebook: ({ id, name }) => core.notebooks.rename(id, name),
    moveNotebook: ({ id, parentId }) => core.notebooks.move(id, parentId),
    deleteNotebook: ({ id }) => ({ trashed: core.notebooks.delete(id) }),
    renameTag: ({ id, name }) => core.notebooks.renameTag(id, name),
    deleteTag: ({ id }) => ({ deleted: core.notebooks.deleteTag(id) }),

    revisions: ({ noteId }) => {
      core.notes.summary(noteId)
      return core.revisions.list(noteId)
    },
    revision: ({ id }) => {
      const revision = core.revisions.get(id)
      return { ...revision, html: toDisplayHtml(revision.html, base()) }
    },
    snapshot: ({ noteId }) => core.snapshot(noteId),
    restoreRevision: ({ id }) => noteFor(core.restoreRevision(id)),
    settings: () => core.preferences.get(),
    updateSettings: (patch) => core.preferences.update(patch),

    putImage: async ({ noteId, data }) => {
      const sha256 = await core.putImage(noteId, data)
      const url = base() ? `${base()}blob/${sha256}` : `${ASSET_IMAGE_PREFIX}${sha256}`
      return { sha256, url }
    },
    export: (input) => startNotesExport({ core, deps, input }),
    previewPdf: (input) => previewPdf({ core, blobs: deps.blobs, platform: deps.platform, input }),
    import: ({ notebookId }) => importWithPicker({ core, platform: deps.platform, notebookId }),
  }
}
