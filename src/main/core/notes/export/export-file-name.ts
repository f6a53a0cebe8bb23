import type { NotesExportInput } from '../../../../shared/contract'
import type { ServiceDeps } from '../../service-deps'
import type { NotesCore } from '../notes-core'
import { exportTitle } from './export-notes'

const FILTERS = {
  pdf: { nameKey: 'notes.export.filterPdf', extensions: ['pdf'] },
  html: { nameKey: 'notes.export.filterHtml', extensions: ['html'] },
  md: { nameKey: 'notes.export.filterMarkdown', extensions: ['md'] },
} as const

/** A file name from a title: no path separators or characters Windows refuses. */
export function safeFileName(title: string): string {
  const name = title
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
  return name.replace(/^\.+/, '') || 'notes'
}

/**
 * Asks where to save, then runs the export as a background job (progress and cancel through
 * `jobs`). Returns a null job id when the user cancels the dialog.
 */
export async function startNotesExport(o: {
  core: NotesCore
  deps: ServiceDeps
  input: NotesExportInput
}): Promise<{ jobId: string | null }> {
  const { core, deps, input } = o
  const ids = core.notes.existing(input.ids)
  const title = exportTitle(core, ids, input.locale)
  let path = await deps.platform.pickSavePath({
    purpose: `notes-export-${input.format}`,
    titleKey: 'notes.export.saveTitle',
    defaultPath: `${safeFileName(title)}.${input.format}`,
    filters: [{ ...FILTERS[input.format], extensions: [...FILTERS[input.format].extensions] }],
  })
  if (!path) return { jobId: null }
  if (!path.toLowerCase().endsWith(`.${input.format}`)) path = `${path}.${input.format}`
  const target = path
  const jobId = deps.jobs.start('notes.export', async (ctx) => {
    const { exportNotes } = await import('./export-notes')
    return exportNotes({
      core,
      blobs: deps.blobs,
      openPrinter: () => deps.platform.openPrinter(),
      input: { ...input, ids },
      path: target,
      ctx,
    })
  })
  return { jobId }
}
