import type { Services } from '../../../shared/api'
import type { ServiceDeps } from '../service-deps'
import { importExtensions, type NotesDoor } from './notes-door'

const EXPORT_FILTERS = {
  pdf: { nameKey: 'notes.export.filterPdf', extensions: ['pdf'] },
  html: { nameKey: 'notes.export.filterHtml', extensions: ['html'] },
  md: { nameKey: 'notes.export.filterMarkdown', extensions: ['md'] },
} as const

/** The `notes` domain of the contract: the file dialogs and the export job here, the work behind the door. */
export function createNotesServices({ platform, jobs }: ServiceDeps, notes: NotesDoor): Services['notes'] {
  return {
    overview: () => notes.overview(),
    list: ({ scope, sort, limit }) => notes.list(scope, sort, limit),
    get: ({ id }) => notes.get(id),
    create: (note) => notes.create(note),
    save: ({ id, title, html }) => notes.save(id, title, html),
    setPinned: ({ id, pinned }) => notes.setPinned(id, pinned),
    move: ({ id, notebookId }) => notes.move(id, notebookId),
    setTags: ({ id, tags }) => notes.setTags(id, tags),
    trash: async ({ ids }) => ({ count: await notes.setTrashed(ids, true) }),
    restore: async ({ ids }) => ({ count: await notes.setTrashed(ids, false) }),
    deleteForever: ({ ids }) => notes.deleteForever(ids),
    emptyTrash: () => notes.emptyTrash(),
    search: (input) => notes.search(input),

    createNotebook: ({ name, parentId }) => notes.createNotebook(name, parentId),
    renameNotebook: ({ id, name }) => notes.renameNotebook(id, name),
    moveNotebook: ({ id, parentId }) => notes.moveNotebook(id, parentId),
    deleteNotebook: async ({ id }) => ({ trashed: await notes.deleteNotebook(id) }),
    renameTag: ({ id, name }) => notes.renameTag(id, name),
    deleteTag: async ({ id }) => ({ deleted: await notes.deleteTag(id) }),

    revisions: ({ noteId }) => notes.revisions(noteId),
    revision: ({ id }) => notes.revision(id),
    snapshot: ({ noteId }) => notes.snapshot(noteId),
    checkpoint: async ({ noteId }) => ({ revisionId: await notes.checkpoint(noteId) }),
    restoreRevision: ({ id }) => notes.restoreRevision(id),
    settings: () => notes.settings(),
    updateSettings: (patch) => notes.updateSettings(patch),

    putImage: ({ noteId, data }) => notes.putImage(noteId, data),
    /** Asks where to save, then runs the export as a job (progress and cancel); null id if cancelled. */
    export: async (input) => {
      const filter = EXPORT_FILTERS[input.format]
      let path = await platform.pickSavePath({
        purpose: `notes-export-${input.format}`,
        titleKey: 'notes.export.saveTitle',
        defaultPath: await notes.exportFileName(input.ids, input.format, input.locale, input.title),
        filters: [{ ...filter, extensions: [...filter.extensions] }],
      })
      if (!path) return { jobId: null }
      if (!path.toLowerCase().endsWith(`.${input.format}`)) path = `${path}.${input.format}`
      const target = path
      return { jobId: jobs.start('notes.export', (job) => notes.exportNotes(input, target, job)) }
    },
    previewPdf: (input) => notes.previewPdf(input),
    /** Asks for files, then imports them all or none; null if the user cancelled. */
    import: async ({ notebookId }) => {
      const files = await platform.pickOpenFiles({
        purpose: 'notes-import',
        titleKey: 'notes.import.dialogTitle',
        filters: [{ nameKey: 'notes.import.filter', extensions: [...importExtensions] }],
        multiple: true,
      })
      if (!files || files.length === 0) return null
      return notes.importFiles(files, notebookId)
    },
  }
}
