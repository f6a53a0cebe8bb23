/**
 * The disk paths of files dropped on the window. Electron's preload knows them; in the Chromium
 * harness (and for things that are not files) there are none, and the tools offer their Open button.
 */
export function droppedPaths(data: DataTransfer | null): string[] {
  const files = window.paperdeskFiles
  if (!data || !files) return []
  return [...data.files].map((file) => files.pathForFile(file)).filter((path) => path !== '')
}

/** Whether this shell can take dropped files at all (to say "drop a file here" only where it works). */
export function canDropFiles(): boolean {
  return window.paperdeskFiles !== undefined
}
