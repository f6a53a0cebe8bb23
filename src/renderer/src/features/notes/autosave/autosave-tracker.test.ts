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
})
