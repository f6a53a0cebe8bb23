import { onBeforeClose } from '../../../app/lifecycle/before-close'
import type { NoteDraft } from './autosave-tracker'

/**
 * Saves still on their way, app-wide. A save can outlive the note pane that started it (the user
 * left Notes at once), so whoever reads notes next waits for them: otherwise a note could load
 * as it was before the save and be shown as saved.
 */
const inFlight = new Set<Promise<unknown>>()

// The window closes only after saves started by a note pane that is gone (the user is in
// another tool) have settled too.
onBeforeClose(savesSettled)

/** Text whose save failed after the user had left its note; shown again when the note reopens. */
const unsaved = new Map<number, NoteDraft>()

export function trackSave(save: Promise<unknown>): void {
  inFlight.add(save)
  const done = () => void inFlight.delete(save)
  save.then(done, done)
}

/** Resolves once every save started so far (and any started meanwhile) has settled. */
export async function savesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight])
}

export function keepUnsaved(noteId: number, draft: NoteDraft): void {
  unsaved.set(noteId, { ...draft })
}

/** The draft a failed save left for `noteId`, removed from the keep (the caller shows and saves it). */
export function takeUnsaved(noteId: number): NoteDraft | null {
  const draft = unsaved.get(noteId) ?? null
  unsaved.delete(noteId)
  return draft
}
