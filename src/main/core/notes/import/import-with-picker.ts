import type { PlatformPort } from '../../platform-port'
import type { NotesCore } from '../notes-core'
import { importExtensions, readImportFile, type ImportedFile } from './read-import-file'

/**
 * Reads every file first and adds the notes in one transaction: one unreadable file refuses the
 * whole import, naming the file, and the database stays as it was.
 */
export async function importFiles(
  core: NotesCore,
  files: readonly string[],
  notebookId: number | null,
): Promise<{ imported: Array<{ id: number; title: string }> }> {
  const read: ImportedFile[] = []
  for (const file of files) read.push(await readImportFile(file))
  const ids = await core.addNotes(read.map((f) => ({ title: f.title.trim(), html: f.html, notebookId })))
  return { imported: ids.map((id, i) => ({ id, title: read[i]?.title.trim() ?? '' })) }
}

export async function importWithPicker(o: {
  core: NotesCore
  platform: PlatformPort
  notebookId: number | null
}): Promise<{ imported: Array<{ id: number; title: string }> } | null> {
  const files = await o.platform.pickOpenFiles({
    purpose: 'notes-import',
    titleKey: 'notes.import.dialogTitle',
    filters: [{ nameKey: 'notes.import.filter', extensions: [...importExtensions] }],
    multiple: true,
  })
  if (!files || files.length === 0) return null
  return importFiles(o.core, files, o.notebookId)
}
