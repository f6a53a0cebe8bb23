import { describe, expect, it } from 'vitest'
import { installBeforeClose, onBeforeClose, runBeforeClose } from './before-close'

describe('before close', () => {
  it('waits for every registered flush, even when one of them fails', async () => {
    const done: string[] = []
    let finish: () => void = () => {}
    const stopSlow = onBeforeClose(() =>
      new Promise<void>((resolve) => (finish = resolve)).then(() => void done.push('slow')),
    )
    const stopFailing = onBeforeClose(() => Promise.reject(new Error('disk full')))
    let settled = false
    const closing = runBeforeClose().then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    finish()
    await closing
    expect(done).toEqual(['slow'])
    stopSlow()
    stopFailing()
  })

  it('forgets a flush once it is unregistered', async () => {
    let calls = 0
    const stop = onBeforeClose(async () => void calls++)
    stop()
    await runBeforeClose()
    expect(calls).toBe(0)
  })

  it('is reachable as paperdeskBeforeClose on the window, and cannot be replaced by the page', () => {
    const target = {} as Window
    installBeforeClose(target)
    expect(target.paperdeskBeforeClose).toBe(runBeforeClose)
    expect(() => {
      ;(target as { paperdeskBeforeClose?: unknown }).paperdeskBeforeClose = () => undefined
    }).toThrow(TypeError)
  })
})
