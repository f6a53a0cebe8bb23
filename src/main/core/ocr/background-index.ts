import type { OcrDoor } from './ocr-door'

export interface BackgroundIndexOptions {
  /** Reading starts once the app has had no call for this long (ms). */
  quietMs?: number
  /** How often the quiet is checked (ms). */
  pollMs?: number
  log?: (message: string, error: unknown) => void
}

/** What the background reading watches: the OCR door, and how long the user has been quiet. */
export interface IndexTarget {
  ocr: Pick<OcrDoor, 'indexNoteImages' | 'noteImagesPending' | 'indexing'>
  /** Milliseconds since the last contract call (typing, saving, opening…). */
  idleMs(): number
  /** Contract calls so far: a new one may mean a note with new pictures. */
  calls(): number
}

/**
 * Reads the pictures of notes for search in the background, once the app has been quiet for a
 * few seconds after starting and after later edits. The reading itself runs in the OCR worker and
 * writes one short transaction per note, so typing and saving never wait for it; a run cut short
 * (quit, crash) resumes where it was, since what is done is recorded per note. Returns `stop`.
 */
export function startImageIndexing(target: IndexTarget, options: BackgroundIndexOptions = {}): () => void {
  const quietMs = options.quietMs ?? 4_000
  const controller = new AbortController()
  // -1: look once after start-up even if nothing is called.
  let seenCalls = -1
  let running = false

  const tick = async () => {
    if (running || controller.signal.aborted) return
    const calls = target.calls()
    if (calls === seenCalls || target.idleMs() < quietMs || target.ocr.indexing()) return
    running = true
    try {
      seenCalls = calls
      if (target.ocr.noteImagesPending() > 0) await target.ocr.indexNoteImages({ signal: controller.signal })
    } catch (error) {
      const code = (error as { code?: string }).code
      // Cancelled by quitting, or by "read now" taking over: the next quiet moment picks up.
      if (code === 'CANCELLED') seenCalls = -1
      else options.log?.('reading the pictures of notes failed', error)
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), options.pollMs ?? 1_000)
  timer.unref?.()
  return () => {
    clearInterval(timer)
    controller.abort()
  }
}
