import { mkdir, rm, stat } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import type { NotesExportInput, NotesExportResult, SupportedLocale } from '../../../../shared/contract'
import { translate } from '../../../../shared/i18n'
import type { AssetStore } from '../../assets/asset-store'
import type { JobContext } from '../../jobs/job-runner'
import type { Printer } from '../../pdf/print-job'
import type { NotesCore } from '../notes-core'
import { recleanStoredHtml } from '../html/clean-note-html'
import { inlineImages } from './inline-images'
import type { PrintableNote } from './print-document'
import { writeFileAtomic } from './write-atomic'

export interface ExportNotesOptions {
  core: NotesCore
  blobs: AssetStore
  openPrinter: () => Promise<Printer>
  input: NotesExportInput
  /** Where the user chose to save. */
  path: string
  ctx: JobContext
}

/**
 * The title a PDF or HTML export carries: the one the user set, else the note's, the notebook's
 * when all come from one, or "<first note> and N more".
 */
export function exportTitle(
  core: NotesCore,
  ids: readonly number[],
  locale: SupportedLocale,
  chosen?: string,
): string {
  if (chosen?.trim()) return chosen.trim()
  const notes = ids.map((id) => core.notes.summary(id))
  const untitled = translate(locale, 'notes.export.untitled')
  if (notes.length === 1) return notes[0]?.title.trim() || untitled
  const notebookIds = new Set(notes.map((n) => n.notebookId))
  const [only] = notebookIds
  if (notebookIds.size === 1 && only !== null && only !== undefined) return core.notebooks.get(only).name
  return translate(locale, 'notes.export.docTitleMany', {
    first: notes[0]?.title.trim() || untitled,
    count: notes.length - 1,
  })
}

/**
 * Exports notes to one PDF, HTML or Markdown file, with progress and cancel. The file appears
 * only when complete (temp file + rename); a cancelled or failed export leaves nothing.
 */
export async function exportNotes(o: ExportNotesOptions): Promise<NotesExportResult> {
  const { core, input, ctx } = o
  const ids = core.notes.existing(input.ids)
  const docTitle = exportTitle(core, ids, input.locale, input.title)
  const steps = ids.length + (input.format === 'pdf' ? (input.pdf.toc ? 2 : 1) : 0) + 1
  let done = 0
  const step = (label?: string) => ctx.progress(++done, steps, label)
  ctx.progress(0, steps)

  if (input.format === 'md') {
    const { exportMarkdown } = await import('./export-markdown')
    const notes = ids.map((id) => {
      const note = core.notes.get(id)
      step(note.title)
      return { title: note.title, html: recleanStoredHtml(note.html) }
    })
    const assetsDir = `${basename(o.path, extname(o.path))}.assets`
    const { markdown, images } = exportMarkdown(notes, assetsDir, o.blobs)
    ctx.signal.throwIfAborted()
    await writeBeside(o.path, images, ctx.signal)
    await writeFileAtomic(o.path, markdown, ctx.signal)
    step()
    return result(o.path, ids.length, 0, images.size)
  }

  const cache = new Map<string, string>()
  const notes: PrintableNote[] = ids.map((id) => {
    ctx.signal.throwIfAborted()
    const note = core.notes.get(id)
    step(note.title)
    return {
      title: note.title,
      html: inlineImages(recleanStoredHtml(note.html), o.blobs, cache),
      updatedAt: note.updatedAt,
    }
  })
  if (input.format === 'html') {
    const { exportHtml } = await import('./export-html')
    await writeFileAtomic(o.path, exportHtml(notes, docTitle, input.locale), ctx.signal)
    step()
    return result(o.path, ids.length, 0, 0)
  }

  const { renderNotesPdf } = await import('./render-pdf')
  const printer = await o.openPrinter()
  try {
    const rendered = await renderNotesPdf(printer, {
      notes,
      pdf: input.pdf,
      locale: input.locale,
      docTitle,
      untitled: translate(input.locale, 'notes.export.untitled'),
      signal: ctx.signal,
      onPass: () => step(),
    })
    await writeFileAtomic(o.path, rendered.pdf, ctx.signal)
    step()
    return result(o.path, ids.length, rendered.pages, 0)
  } finally {
    await printer.close()
  }
}

async function result(
  path: string,
  notes: number,
  pages: number,
  images: number,
): Promise<NotesExportResult> {
  return { path, bytes: (await stat(path)).size, notes, pages, images }
}

/** Writes a Markdown export's images into their folder; on failure removes what it added. */
async function writeBeside(
  mdPath: string,
  images: Map<string, Uint8Array>,
  signal: AbortSignal,
): Promise<void> {
  if (images.size === 0) return
  const folder = dirname(mdPath)
  const written: string[] = []
  try {
    for (const [relative, bytes] of images) {
      const target = join(folder, relative)
      await mkdir(dirname(target), { recursive: true })
      const existed = await stat(target).then(
        () => true,
        () => false,
      )
      // Named by content: a file already there holds these very bytes.
      if (existed) continue
      await writeFileAtomic(target, bytes, signal)
      written.push(target)
    }
  } catch (error) {
    await Promise.all(written.map((file) => rm(file, { force: true })))
    throw error
  }
}
