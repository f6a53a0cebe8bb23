import type { NotesExportInput, SupportedLocale } from '../../../../shared/contract'
import type { NotesCore } from '../notes-core'
import { exportTitle } from './export-notes'

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

/** What the save dialog suggests for an export: its title as a file name (every note must exist). */
export function exportFileName(
  core: NotesCore,
  ids: readonly number[],
  format: NotesExportInput['format'],
  locale: SupportedLocale,
  title?: string,
): string {
  return `${safeFileName(exportTitle(core, core.notes.existing(ids), locale, title))}.${format}`
}
