import type { KeyPress } from '../../app/shortcuts/shortcuts'

export type NotesAction = 'new-note' | 'focus-search' | 'export'

/**
 * The Notes page's own shortcuts: Ctrl/Cmd+N a new note, Ctrl/Cmd+Shift+F the search box
 * (Ctrl+F stays CKEditor's find and replace), Ctrl/Cmd+P export. None clashes with the shell's
 * Ctrl+1..4 and Ctrl+, or with CKEditor's own keys.
 */
export function notesShortcut(press: KeyPress): NotesAction | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey) return null
  const key =
    press.code === 'KeyN' || press.key.toLowerCase() === 'n'
      ? 'n'
      : press.code === 'KeyF' || press.key.toLowerCase() === 'f'
        ? 'f'
        : press.code === 'KeyP' || press.key.toLowerCase() === 'p'
          ? 'p'
          : null
  if (key === 'n' && !press.shiftKey) return 'new-note'
  if (key === 'f' && press.shiftKey) return 'focus-search'
  if (key === 'p' && !press.shiftKey) return 'export'
  return null
}

export function notesShortcutLabel(action: NotesAction, isMac: boolean): string {
  const mod = isMac ? '⌘' : 'Ctrl+'
  const shift = isMac ? '⇧' : 'Shift+'
  if (action === 'new-note') return `${mod}N`
  if (action === 'focus-search') return isMac ? `${shift}${mod}F` : `${mod}${shift}F`
  return `${mod}P`
}
