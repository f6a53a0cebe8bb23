import { describe, expect, it } from 'vitest'
import type { KeyPress } from '../../app/shortcuts/shortcuts'
import { shortcutTarget } from '../../app/shortcuts/shortcuts'
import { notesShortcut, notesShortcutLabel } from './notes-shortcuts'

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
})

describe('notesShortcut', () => {
  it('maps Ctrl+N, Ctrl+Shift+F and Ctrl+P (or Cmd) to the Notes actions', () => {
    expect(notesShortcut(press({ key: 'n', code: 'KeyN', ctrlKey: true }))).toBe('new-note')
    expect(notesShortcut(press({ key: 'F', code: 'KeyF', metaKey: true, shiftKey: true }))).toBe(
      'focus-search',
    )
    expect(notesShortcut(press({ key: 'p', code: 'KeyP', ctrlKey: true }))).toBe('export')
  })

  it('leaves CKEditor’s Ctrl+F, plain keys and the shell’s shortcuts alone', () => {
    expect(notesShortcut(press({ key: 'f', code: 'KeyF', ctrlKey: true }))).toBeNull()
    expect(notesShortcut(press({ key: 'n', code: 'KeyN' }))).toBeNull()
    expect(notesShortcut(press({ key: 'n', code: 'KeyN', ctrlKey: true, altKey: true }))).toBeNull()
    for (const key of ['1', '2', '3', ',']) {
      const p = press({ key, code: key === ',' ? 'Comma' : `Digit${key}`, ctrlKey: true })
      expect(notesShortcut(p)).toBeNull()
      expect(shortcutTarget(p)).not.toBeNull()
    }
  })

  it('writes the keys the platform way', () => {
    expect(notesShortcutLabel('focus-search', false)).toBe('Ctrl+Shift+F')
    expect(notesShortcutLabel('new-note', true)).toBe('⌘N')
  })
})
