import { describe, expect, it } from 'vitest'
import { keepUnsaved, savesSettled, takeUnsaved, trackSave } from './pending-saves'

function deferred() {
  let resolve: () => void = () => {}
  let reject: (e: Error) => void = () => {}
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('pending saves', () => {
  it('settles once every save has, including one started while it waited', async () => {
    const first = deferred()
    const second = deferred()
    trackSave(first.promise)
    let settled = false
    const waiting = savesSettled().then(() => (settled = true))
    trackSave(second.promise)
    first.resolve()
    await new Promise((r) => setTimeout(r, 0))
    expect(settled).toBe(false)
    second.reject(new Error('refused'))
    second.promise.catch(() => undefined)
    await waiting
    expect(settled).toBe(true)
  })

  it('settles at once with nothing on its way', async () => {
    await expect(savesSettled()).resolves.toBeUndefined()
  })

  it('hands a failed draft back once, for the note it belongs to', () => {
    keepUnsaved(7, { title: 'Minutes', html: '<p>kept</p>' })
    expect(takeUnsaved(8)).toBeNull()
    expect(takeUnsaved(7)).toEqual({ title: 'Minutes', html: '<p>kept</p>' })
    expect(takeUnsaved(7)).toBeNull()
  })
})
