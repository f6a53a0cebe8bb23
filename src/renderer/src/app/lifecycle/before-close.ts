type Flush = () => Promise<unknown>

const flushes = new Set<Flush>()

/**
 * Registers work that must be finished before the window closes or the app quits (a note's
 * unsaved text); returns the function that unregisters it.
 */
export function onBeforeClose(flush: Flush): () => void {
  flushes.add(flush)
  return () => flushes.delete(flush)
}

/** Runs every registered flush and resolves once all have settled (a failed one does not stop the rest). */
export async function runBeforeClose(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()))
}

declare global {
  interface Window {
    /**
     * Main calls this (webContents.executeJavaScript) when the window is asked to close, and
     * closes it once the promise settles: the renderer's `beforeunload` cannot wait for a save.
     */
    paperdeskBeforeClose?: () => Promise<void>
  }
}

/** Makes `runBeforeClose` reachable to main as `window.paperdeskBeforeClose`. */
export function installBeforeClose(target: Window = window): void {
  Object.defineProperty(target, 'paperdeskBeforeClose', {
    value: runBeforeClose,
    writable: false,
    configurable: false,
  })
}
