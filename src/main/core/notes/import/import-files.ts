import type { NotesCore } from '../notes-core'
import { readImportFile, type ImportedFile } from './read-import-file'

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
