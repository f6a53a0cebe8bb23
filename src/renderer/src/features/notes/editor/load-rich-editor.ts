import type RichEditor from './rich-editor'

/**
 * CKEditor is the renderer's biggest chunk (about 1.2 MB). It loads on its own, so start-up and
 * the other tools never wait for it, and it is fetched and compiled while the app is idle, so
 * opening a note right after start-up does not wait for it either. One promise, shared.
 */
type EditorComponent = typeof RichEditor

let loading: Promise<EditorComponent> | null = null
let loaded: EditorComponent | null = null

export function loadRichEditor(): Promise<EditorComponent> {
  loading ??= import('./rich-editor')
    .then((module) => (loaded = module.default))
    .catch((error: unknown) => {
      // A failed fetch must not stick: the next attempt tries again.
      loading = null
      throw error
    })
  return loading
}

/** The editor's component if its chunk is already here, so a note pane can show it at once. */
export function loadedRichEditor(): EditorComponent | null {
  return loaded
}

/** Loads the editor once the page has nothing better to do (at most `timeoutMs` later). */
export function prefetchRichEditorWhenIdle(timeoutMs = 2000): () => void {
  const load = () => void loadRichEditor().catch(() => undefined)
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(load, 200)
  return () => clearTimeout(handle)
}
