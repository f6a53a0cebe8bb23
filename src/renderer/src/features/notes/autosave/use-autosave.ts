import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { SaveNoteResult } from '../../../../../shared/contract/notes'
import { paperdesk } from '../../../app/api'
import { onBeforeClose } from '../../../app/lifecycle/before-close'
import { AutosaveTracker, type NoteDraft, type SaveState } from './autosave-tracker'
import { keepUnsaved, savesSettled, trackSave } from './pending-saves'

/** Quiet time after the last keystroke before saving. */
const DEBOUNCE_MS = 700
/** Longest a change waits while the user keeps typing. */
const MAX_WAIT_MS = 4000
/** A pause this long after a burst of edits keeps the note as a revision (a history checkpoint). */
export const IDLE_CHECKPOINT_MS = 2 * 60_000

export interface Autosave {
  state: SaveState
  error: unknown
  /** The editor or the title changed. */
  changed: () => void
  /**
   * Saves now whatever is unsaved (switching notes, history, export, the editor closing); reads
   * the editor at once, and resolves when the text is stored.
   */
  flush: () => Promise<void>
  /**
   * The user leaves the note (another note, another tool, the window closes): saves it like
   * `flush`, then keeps it as a history checkpoint if it was edited since the last one.
   */
  leave: () => Promise<void>
  /**
   * Starts tracking a freshly loaded note: `saved` is what is stored; `pending`, text the user
   * typed that is not stored yet (the editor shows it), which is then saved.
   */
  reset: (noteId: number | null, saved: NoteDraft | null, pending?: NoteDraft | null) => void
  /** The editor loaded note `noteId` and writes its text as `html` (its normalised form). */
  loaded: (noteId: number, html: string) => void
}

/**
 * Saves a note while the user edits it: debounced, only real changes, one save at a time, and
 * flushed when the window is hidden, reloaded or closed (`pagehide`, `beforeunload`,
 * `visibilitychange`, and main's close through `onBeforeClose`), so no edit is lost. A save that
 * fails after the user left the note keeps its text for when the note reopens (`onFailedAway`).
 */
export function useAutosave(
  read: () => NoteDraft | null,
  onSaved: (id: number, result: SaveNoteResult) => void,
  onFailedAway: (draft: NoteDraft, error: unknown) => void,
): Autosave {
  const [state, setState] = useState<SaveState>('saved')
  const [error, setError] = useState<unknown>(null)
  const note = useRef<{ id: number; tracker: AutosaveTracker } | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const firstChange = useRef<number | null>(null)
  const running = useRef<Promise<void>>(Promise.resolve())
  /** Notes saved since their last checkpoint, and the pause that checkpoints the shown one. */
  const uncheckpointed = useRef(new Set<number>())
  const idleTimer = useRef<number | undefined>(undefined)
  const readRef = useRef(read)
  const onSavedRef = useRef(onSaved)
  const onFailedAwayRef = useRef(onFailedAway)
  const mounted = useRef(true)
  useEffect(() => {
    readRef.current = read
    onSavedRef.current = onSaved
    onFailedAwayRef.current = onFailedAway
  })
  // A layout effect: its cleanup runs while the pane's editor still holds the text.
  useLayoutEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const checkpoint = useCallback((id: number): Promise<void> => {
    if (!uncheckpointed.current.delete(id)) return Promise.resolve()
    const kept = paperdesk()
      .notes.checkpoint({ noteId: id })
      .then(
        () => undefined,
        // The history misses one version; the text itself is saved.
        () => undefined,
      )
    trackSave(kept)
    return kept
  }, [])

  const runSaves = useCallback((): Promise<void> => {
    const current = note.current
    if (!current) return Promise.resolve()
    window.clearTimeout(timer.current)
    firstChange.current = null
    const { id, tracker } = current
    // The first draft is read now, while the editor still shows this note (a switch loads the
    // next; leaving the tool destroys the editor right after).
    let draftNow: NoteDraft | null = readRef.current()
    const shown = () => mounted.current && note.current?.tracker === tracker
    const loop = async (): Promise<void> => {
      const draft = draftNow ?? (shown() ? readRef.current() : null)
      draftNow = null
      const sending = draft && tracker.begin(draft)
      if (!sending) return
      if (shown()) setState(tracker.state)
      try {
        const result = await paperdesk().notes.save({ id, title: sending.title, html: sending.html })
        onSavedRef.current(id, result)
        if (result.saved) {
          uncheckpointed.current.add(id)
          // A pause after the burst keeps the note as it stands then.
          window.clearTimeout(idleTimer.current)
          if (shown()) idleTimer.current = window.setTimeout(() => void checkpoint(id), IDLE_CHECKPOINT_MS)
        }
        const again = shown() && tracker.succeeded(readRef.current() ?? sending)
        if (!again && !shown()) tracker.succeeded(sending)
        if (shown()) {
          setState(tracker.state)
          setError(null)
        }
        if (again) await loop()
      } catch (e) {
        tracker.failedWith()
        if (shown()) {
          setState(tracker.state)
          setError(e)
        } else {
          keepUnsaved(id, sending)
          onFailedAwayRef.current(sending, e)
        }
      }
    }
    // Saves of one note never overlap: each waits for the one before.
    running.current = running.current.then(loop, loop)
    trackSave(running.current)
    return running.current
  }, [checkpoint])

  const leave = useCallback((): Promise<void> => {
    const id = note.current?.id
    window.clearTimeout(idleTimer.current)
    const left = runSaves().then(() => (id === undefined ? undefined : checkpoint(id)))
    trackSave(left)
    return left
  }, [runSaves, checkpoint])

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

  const reset = useCallback(
    (noteId: number | null, saved: NoteDraft | null, pending: NoteDraft | null = null) => {
      window.clearTimeout(timer.current)
      firstChange.current = null
      const tracker = noteId !== null && saved ? new AutosaveTracker(saved) : null
      note.current = noteId !== null && tracker ? { id: noteId, tracker } : null
      setError(null)
      if (!tracker || !pending) {
        setState('saved')
        return
      }
      tracker.edited(pending)
      setState(tracker.state)
      timer.current = window.setTimeout(() => void runSaves(), DEBOUNCE_MS)
    },
    [runSaves],
  )

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
      const save = paperdesk().notes.save({ id: current.id, title: draft.title, html: draft.html })
      trackSave(save)
      save.catch(() => undefined)
    }
    const onVisibility = () => document.visibilityState === 'hidden' && flushNow()
    window.addEventListener('pagehide', flushForUnload)
    window.addEventListener('beforeunload', flushForUnload)
    document.addEventListener('visibilitychange', onVisibility)
    // Main asks before it closes the window or quits, and waits until the text is stored.
    const stopBeforeClose = onBeforeClose(() => leave().then(savesSettled))
    return () => {
      window.removeEventListener('pagehide', flushForUnload)
      window.removeEventListener('beforeunload', flushForUnload)
      document.removeEventListener('visibilitychange', onVisibility)
      stopBeforeClose()
      window.clearTimeout(idleTimer.current)
      // No flush here: by the time passive effects clean up, the editor may be destroyed. The
      // editor's own closing (`flush` from a layout effect) has saved what it held.
    }
  }, [runSaves, leave])

  return { state, error, changed, flush: runSaves, leave, reset, loaded }
}
