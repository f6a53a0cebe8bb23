import { describe, expect, it } from 'vitest'
import { isMacPlatform, shortcutLabel, shortcutTarget, type KeyPress } from './shortcuts'

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...over,
})

describe('shortcutTarget', () => {
  it('maps Ctrl/Cmd+1..4 to the tools and Ctrl/Cmd+, to settings', () => {
    expect(shortcutTarget(press({ key: '1', code: 'Digit1', ctrlKey: true }))).toBe('notes')
    expect(shortcutTarget(press({ key: '2', code: 'Digit2', metaKey: true }))).toBe('sign')
    expect(shortcutTarget(press({ key: '3', code: 'Digit3', ctrlKey: true }))).toBe('filing')
    expect(shortcutTarget(press({ key: '4', code: 'Digit4', ctrlKey: true }))).toBe('ocr')
    expect(shortcutTarget(press({ key: ',', code: 'Comma', metaKey: true }))).toBe('settings')
  })

  it('uses the physical key when the layout types something else', () => {
    expect(shortcutTarget(press({ key: '&', code: 'Digit1', ctrlKey: true }))).toBe('notes')
  })

  it('ignores keys without the modifier, with extra modifiers, or out of range', () => {
    expect(shortcutTarget(press({ key: '1', code: 'Digit1' }))).toBeNull()
    expect(shortcutTarget(press({ key: '1', code: 'Digit1', ctrlKey: true, shiftKey: true }))).toBeNull()
    expect(shortcutTarget(press({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }))).toBeNull()
    expect(shortcutTarget(press({ key: '5', code: 'Digit5', ctrlKey: true }))).toBeNull()
    expect(shortcutTarget(press({ key: 's', code: 'KeyS', ctrlKey: true }))).toBeNull()
  })
})

describe('shortcutLabel', () => {
  it('writes the shortcut the platform way', () => {
    expect(shortcutLabel('sign', false)).toBe('Ctrl+2')
    expect(shortcutLabel('settings', true)).toBe('⌘,')
  })

  it('detects macOS from the user agent', () => {
    expect(isMacPlatform('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe(true)
    expect(isMacPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe(false)
  })
})
