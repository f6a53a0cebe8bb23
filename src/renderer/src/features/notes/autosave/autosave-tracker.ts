export interface NoteDraft {
  title: string
  html: string
}

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error'

/**
 * What autosave knows about one note: the text last saved, and whether the editor now holds
 * something else. Pure, so the rules (save only real changes, never two saves at once, save
 * again when the user typed during a save) are tested without a browser.
 */
export class AutosaveTracker {
  private saved: NoteDraft
  private inFlight: NoteDraft | null = null
  private failed = false
  private dirty = false
  /** The user has edited since the note was loaded. */
  private touched = false

  constructor(saved: NoteDraft) {
    this.saved = { ...saved }
  }

  /** The editor changed; `current` is what it holds now. */
  edited(current: NoteDraft): void {
    this.touched = true
    this.dirty = differs(current, this.inFlight ?? this.saved)
    this.failed = false
  }

  /**
   * The editor has shown the saved text and writes it as `html` (CKEditor normalises markup, e.g.
   * of an imported note). Until the user edits, that form counts as saved: opening a note and
   * leaving it must not write it back.
   */
  adoptEditorForm(html: string): void {
    if (this.touched || this.inFlight || this.failed) return
    this.saved = { ...this.saved, html }
  }

  /** What to send now, or null: nothing changed, or a save is already on its way. */
  begin(current: NoteDraft): NoteDraft | null {
    if (this.inFlight) return null
    if (!differs(current, this.saved)) {
      this.dirty = false
      return null
    }
    this.inFlight = { ...current }
    this.dirty = false
    return this.inFlight
  }

  /** The save finished; true if the editor changed meanwhile and needs another save. */
  succeeded(current: NoteDraft): boolean {
    if (this.inFlight) this.saved = this.inFlight
    this.inFlight = null
    this.dirty = differs(current, this.saved)
    return this.dirty
  }

  /** Whether `current` holds something neither saved nor on its way (the page is going away). */
  unsent(current: NoteDraft): boolean {
    return differs(current, this.inFlight ?? this.saved)
  }

  failedWith(): void {
    this.inFlight = null
    this.failed = true
    this.dirty = true
  }

  get state(): SaveState {
    if (this.inFlight) return 'saving'
    if (this.failed) return 'error'
    return this.dirty ? 'dirty' : 'saved'
  }

  get lastSaved(): NoteDraft {
    return this.saved
  }
}

function differs(a: NoteDraft, b: NoteDraft): boolean {
  return a.title !== b.title || a.html !== b.html
}
