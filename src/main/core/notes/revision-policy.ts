/** At most one automatic revision per note in this much time. */
export const AUTO_REVISION_INTERVAL_MS = 10 * 60_000

export interface NoteContent {
  title: string
  html: string
}

/** Do two versions of a note differ in anything the user wrote? */
export function contentChanged(before: NoteContent, after: NoteContent): boolean {
  return before.title !== after.title || before.html !== after.html
}

/**
 * Whether a save should first keep the note's previous text as a revision: when the text really
 * changes, the previous text was not empty, and the newest revision is at least ten minutes old.
 * So a long editing session leaves one revision per ten minutes, each the note as it was then.
 */
export function needsAutoRevision(
  previous: NoteContent,
  next: NoteContent,
  newestRevisionAt: string | null,
  now: Date,
): boolean {
  if (!contentChanged(previous, next)) return false
  // A note with no text yet (a title at most) has nothing worth keeping.
  if (previous.html.trim() === '') return false
  if (newestRevisionAt === null) return true
  return now.getTime() - Date.parse(newestRevisionAt) >= AUTO_REVISION_INTERVAL_MS
}

/**
 * Whether a note's text should be kept as a revision at a checkpoint — the user left the note, or
 * paused after a burst of edits: when it has anything written and differs from the newest
 * revision. So the history holds the note as the user left it, not a word half-typed at the
 * ten-minute mark, and leaving a note again without editing it keeps nothing new.
 */
export function needsCheckpoint(current: NoteContent, newestRevision: NoteContent | null): boolean {
  if (current.html.trim() === '' && current.title.trim() === '') return false
  return newestRevision === null || contentChanged(newestRevision, current)
}

/** Revisions created before this instant are removed; null keeps them all (retention 0). */
export function retentionCutoff(now: Date, retentionDays: number): string | null {
  if (retentionDays <= 0) return null
  return new Date(now.getTime() - retentionDays * 86_400_000).toISOString()
}
