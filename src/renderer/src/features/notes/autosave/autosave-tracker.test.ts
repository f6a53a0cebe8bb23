import { describe, expect, it } from 'vitest'
import { AutosaveTracker } from './autosave-tracker'

const v = (html: string, title = 'T') => ({ title, html })

describe('AutosaveTracker', () => {
  it('saves only a real change', () => {
    const t = new AutosaveTracker(v('<p>a</p>'))
    t.edited(v('<p>a</p>'))
    expect(t.state).toBe('saved')
    expect(t.begin(v('<p>a</p>'))).toBeNull()
    t.edited(v('<p>ab</p>'))
    expect(t.state).toBe('dirty')
    // Typed and deleted again before the save: nothing to save.
    t.edited(v('<p>a</p>'))
    expect(t.begin(v('<p>a</p>'))).toBeNull()
    expect(t.state).toBe('saved')
    expect(t.begin(v('<p>a</p>', 'New title'))).toEqual(v('<p>a</p>', 'New title'))
  })

  it('never sends two saves at once, and saves again what was typed during a save', () => {
    const t = new AutosaveTracker(v(''))
    expect(t.begin(v('<p>1</p>'))).toEqual(v('<p>1</p>'))
    expect(t.state).toBe('saving')
    t.edited(v('<p>12</p>'))
    expect(t.begin(v('<p>12</p>'))).toBeNull()
    expect(t.succeeded(v('<p>12</p>'))).toBe(true)
    expect(t.state).toBe('dirty')
    expect(t.begin(v('<p>12</p>'))).toEqual(v('<p>12</p>'))
    expect(t.succeeded(v('<p>12</p>'))).toBe(false)
    expect(t.state).toBe('saved')
    expect(t.lastSaved).toEqual(v('<p>12</p>'))
  })

  it('keeps a failed save dirty so it is tried again', () => {
    const t = new AutosaveTracker(v(''))
    t.begin(v('<p>x</p>'))
    t.failedWith()
    expect(t.state).toBe('error')
    expect(t.begin(v('<p>x</p>'))).toEqual(v('<p>x</p>'))
  })

  it("takes the editor's own form of the loaded text as saved, until the user edits", () => {
    // CKEditor writes imported markup its own way: opening and leaving the note is not an edit.
    const t = new AutosaveTracker(v('<P>imported<br></P>'))
    t.adoptEditorForm('<p>imported</p>')
    expect(t.begin(v('<p>imported</p>'))).toBeNull()
    expect(t.unsent(v('<p>imported</p>'))).toBe(false)

    const edited = new AutosaveTracker(v('<P>x</P>'))
    edited.edited(v('<p>xy</p>'))
    edited.adoptEditorForm('<p>x</p>')
    expect(edited.begin(v('<p>xy</p>'))).toEqual(v('<p>xy</p>'))
  })
})
