/** The part of a BrowserWindow the close guard uses (a fake in tests). */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  close(): void
  isDestroyed(): boolean
}

/** Longest a close waits for the renderer; a page that hangs must not keep the window open. */
export const FLUSH_BEFORE_CLOSE_TIMEOUT_MS = 5_000

/**
 * Lets the renderer store what the user typed before its window closes (closing it, quitting the
 * app): the first `close` is held back, `flush` runs (the renderer saves through the contract
 * while its window is still there to be trusted), and then the window closes for real — also
 * when the flush fails or takes longer than `timeoutMs`. A `beforeunload` handler cannot do this:
 * it cannot wait for a save, and a call sent while the page unloads may be refused.
 */
export function closeAfterFlush(
  win: ClosableWindow,
  flush: () => Promise<unknown>,
  log: (message: string, error: unknown) => void,
  timeoutMs = FLUSH_BEFORE_CLOSE_TIMEOUT_MS,
): void {
  let state: 'open' | 'flushing' | 'flushed' = 'open'
  win.on('close', (event) => {
    if (state === 'flushed') return
    event.preventDefault()
    // Asked again while the renderer saves (a second click on ×): one flush, one close.
    if (state === 'flushing') return
    state = 'flushing'
    void settleWithin(flush, timeoutMs)
      .catch((error: unknown) => log('the window closed before its unsaved edits were stored', error))
      .finally(() => {
        state = 'flushed'
        if (!win.isDestroyed()) win.close()
      })
  })
}

async function settleWithin(work: () => Promise<unknown>, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    // Runs `work` now; a synchronous throw becomes a rejection.
    await Promise.race([new Promise((resolve) => resolve(work())), timeout])
  } finally {
    clearTimeout(timer)
  }
}
