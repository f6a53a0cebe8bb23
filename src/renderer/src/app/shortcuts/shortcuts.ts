import type { PageId } from '../page-id'

/** The part of a KeyboardEvent the shortcuts look at (plain data, so it is testable on Node). */
export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

const digitPages: readonly PageId[] = ['notes', 'sign', 'filing', 'ocr']

/**
 * Ctrl/Cmd+1..4 → a tool, Ctrl/Cmd+, → Settings. Either modifier works on every platform;
 * `code` is checked too so layouts where the digit row types other characters (AZERTY) still work.
 */
export function shortcutTarget(press: KeyPress): PageId | null {
  if (!(press.ctrlKey || press.metaKey) || press.altKey || press.shiftKey) return null
  if (press.key === ',' || press.code === 'Comma') return 'settings'
  const digit = /^[1-9]$/.test(press.key) ? press.key : /^Digit([1-9])$/.exec(press.code)?.[1]
  if (!digit) return null
  return digitPages[Number(digit) - 1] ?? null
}

/** How the shortcut is written on this platform: `⌘1` on macOS, `Ctrl+1` elsewhere. */
export function shortcutLabel(page: PageId, isMac: boolean): string {
  const key = page === 'settings' ? ',' : String(digitPages.indexOf(page) + 1)
  return isMac ? `⌘${key}` : `Ctrl+${key}`
}

export function isMacPlatform(userAgent: string): boolean {
  return /Mac|iPhone|iPad/.test(userAgent)
}
