import { useCallback, useEffect, useRef, useState } from 'react'
import type { SaveNoteResult } from '../../../../../shared/contract/notes'
import { paperdesk } from '../../../app/api'
import { AutosaveTracker, type NoteDraft, type SaveState } from './autosave-tracker'

/** Quiet time after the last keystroke before saving. */
const DEBOUNCE_MS = 700
/** Longest a change waits while the user keeps typing. */
const MAX_WAIT_MS = 4000

export interface Autosave {
  state: SaveState
  error: unknown
  /** The editor or the title changed. */
  changed: () => void
  /** Saves now whatever is unsaved (switching notes, history, export); resolves when it is stored. */
  flush: () => Promise<void>
  /** Starts tracking a freshly loaded note: `saved` is what the editor now shows. */
  reset: (noteId: number | null, saved: NoteDraft | null) => void
  /** The editor loaded note `noteId` and writes its text as `html` (its normalised form). */
  loaded: (noteId: number, html: string) => void
}

/**
 * Saves a note while the user edits it: debounced, only real changes, one save at a time, and
 * flushed when the window is hidden, reloaded or closed (`pagehide`, `beforeunload`,
 * `visibilitychange`): the save call leaves at once over the contract, so no edit is lost.
 */
export function useAutosave(
  read: () => NoteDraft | null,
  onSaved: (id: number, result: SaveNoteResult) => void,
): Autosave {
  const [state, setState] = useState<SaveState>('saved')
  const [error, setError] = useState<unknown>(null)
  const note = useRef<{ id: number; tracker: AutosaveTracker } | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const firstChange = useRef<number | null>(null)
  const running = useRef<Promise<void>>(Promise.resolve())
  const readRef = useRef(read)
  const onSavedRef = useRef(onSaved)
  useEffect(() => {
    readRef.current = read
    onSavedRef.current = onSaved
  })

  const runSaves = useCallback((): Promise<void> => {
    const current = note.current
    if (!current) return Promise.resolve()
    window.clearTimeout(timer.current)
    firstChange.current = null
    const { id, tracker } = current
    // The first draft is read now, while the editor still shows this note (a switch loads the next).
    let draftNow: NoteDraft | null = readRef.current()
    const loop = async (): Promise<void> => {
      const draft = draftNow ?? readRef.current()
      draftNow = null
      const sending = draft && tracker.begin(draft)
      if (!sending) return
      if (note.current?.tracker === tracker) setState(tracker.state)
      try {
        const result = await paperdesk().notes.save({ id, title: sending.title, html: sending.html })
        onSavedRef.current(id, result)
        const again = note.current?.tracker === tracker && tracker.succeeded(readRef.current() ?? sending)
        if (!again && note.current?.tracker !== tracker) tracker.succeeded(sending)
        if (note.current?.tracker === tracker) {
          setState(tracker.state)
          setError(null)
        }
        if (again) await loop()
      } catch (e) {
        tracker.failedWith()
        if (note.current?.tracker === tracker) {
          setState(tracker.state)
          setError(e)
        }
      }
    }
    // Saves of one note never overlap: each waits for the one before.
    running.current = running.current.then(loop, loop)
    return running.current
  }, [])

  const changed = useCallback(() => {
    const current = note.current
    const draft = readRef.current()
    if (!current || !draft) return
    current.tracker.edited(draft)
    setState(current.tracker.state)
    window.clearTimeout(timer.current)
    const now = Date.now()
    firstChange.current ??= now
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, firstChange.current + MAX_WAIT_MS - now))
    timer.current = window.setTimeout(() => void runSaves(), wait)
  }, [runSaves])

  const reset = useCallback((noteId: number | null, saved: NoteDraft | null) => {
    window.clearTimeout(timer.current)
    firstChange.current = null
    note.current = noteId !== null && saved ? { id: noteId, tracker: new AutosaveTracker(saved) } : null
    setState('saved')
    setError(null)
  }, [])

  const loaded = useCallback((noteId: number, html: string) => {
    if (note.current?.id === noteId) note.current.tracker.adoptEditorForm(html)
  }, [])

  useEffect(() => {
    const flushNow = () => void runSaves()
    // The page is going away: a save still on its way may never answer, so whatever is unsent
    // leaves now, without waiting in line (the core applies saves in order; the last one wins).
    const flushForUnload = () => {
      const current = note.current
      const draft = readRef.current()
      if (!current || !draft || !current.tracker.unsent(draft)) return
      void paperdesk()
        .notes.save({ id: current.id, title: draft.title, html: draft.html })
        .catch(() => undefined)
    }
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow()
    window.addEventListener('pagehide', flushForUnload)
    window.addEventListener('beforeunload', flushForUnload)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flushForUnload)
      window.removeEventListener('beforeunload', flushForUnload)
      document.removeEventListener('visibilitychange', onVisibility)
      flushNow()
    }
  }, [runSaves])

  return { state, error, changed, flush: runSaves, reset, loaded }
}
