/** English strings of the Notes tool (`notes.*`). Reasons for refused input live in `reasons`. */
export const notesEn = {
  title: 'Notes',
  empty: 'Rich-text notes with full-text search, history and PDF export live here.',
}
