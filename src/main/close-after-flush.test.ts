import { describe, expect, it, vi } from 'vitest'
import { closeAfterFlush, type ClosableWindow } from './close-after-flush'

/** A window that runs its `close` listeners and closes unless one of them prevents it. */
function fakeWindow() {
  const listeners: Array<(event: { preventDefault(): void }) => void> = []
  const win = {
    closed: false,
    closeCalls: 0,
    on: (_event: 'close', listener: (event: { preventDefault(): void }) => void) => listeners.push(listener),
    isDestroyed: () => win.closed,
    /** What the user (or app.quit) does; returns whether the window closed. */
    close: () => {
      win.closeCalls++
      let prevented = false
      for (const listener of listeners) listener({ preventDefault: () => (prevented = true) })
      if (!prevented) win.closed = true
    },
  }
  return win satisfies ClosableWindow
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('closeAfterFlush', () => {
  it('holds the close back until the renderer has flushed, then closes the window', async () => {
    const win = fakeWindow()
    let finish: () => void = () => {}
    const flush = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    closeAfterFlush(win, flush, vi.fn())
    win.close()
    await tick()
    expect(flush).toHaveBeenCalledTimes(1)
    expect(win.closed).toBe(false)
    finish()
    await tick()
    expect(win.closed).toBe(true)
  })

  it('flushes once when the user asks to close again while the renderer saves', async () => {
    const win = fakeWindow()
    let finish: () => void = () => {}
    const flush = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    closeAfterFlush(win, flush, vi.fn())
    win.close()
    win.close()
    await tick()
    expect(flush).toHaveBeenCalledTimes(1)
    finish()
    await tick()
    expect(win.closed).toBe(true)
    expect(win.closeCalls).toBe(3)
  })

  it('closes anyway when the flush fails, and logs why', async () => {
    const win = fakeWindow()
    const log = vi.fn()
    closeAfterFlush(win, () => Promise.reject(new Error('renderer gone')), log)
    win.close()
    await tick()
    expect(win.closed).toBe(true)
    expect(log).toHaveBeenCalledWith(expect.stringContaining('unsaved edits'), expect.any(Error))
  })

  it('closes anyway when the renderer does not answer in time', async () => {
    vi.useFakeTimers()
    try {
      const win = fakeWindow()
      const log = vi.fn()
      closeAfterFlush(win, () => new Promise(() => {}), log, 5_000)
      win.close()
      await vi.advanceTimersByTimeAsync(4_999)
      expect(win.closed).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(win.closed).toBe(true)
      expect(log).toHaveBeenCalled()
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not touch a window destroyed while it flushed', async () => {
    const win = fakeWindow()
    let finish: () => void = () => {}
    closeAfterFlush(win, () => new Promise<void>((resolve) => (finish = resolve)), vi.fn())
    win.close()
    win.closed = true
    finish()
    await tick()
    expect(win.closeCalls).toBe(1)
  })

  it('a flush that throws at once still ends in a close', async () => {
    const win = fakeWindow()
    closeAfterFlush(
      win,
      () => {
        throw new Error('no page')
      },
      vi.fn(),
    )
    win.close()
    await tick()
    expect(win.closed).toBe(true)
  })
})
