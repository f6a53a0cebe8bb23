import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type * as Fs from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'

// Failures the disk gives only on some systems (some drives have no hard links or fail mid-way):
// simulated by failing one fs call on demand.
const fail = vi.hoisted(() => ({ link: false }))
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>()
  return {
    ...fs,
    linkSync: (from: string, to: string) => {
      if (fail.link) throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' })
      return fs.linkSync(from, to)
    },
  }
})

const { DataStore } = await import('./data-store')
const tempDir = useTempDirs()

describe('when the disk refuses', () => {
  it('a restore whose safety copy cannot be written leaves the old data and a working store', async () => {
    const dir = tempDir()
    const store = new DataStore(dir)
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('theme', '"dark"')`).run()
    const source = await store.backupTo(join(tempDir(), 'source.sqlite'))
    store.db.prepare(`UPDATE setting SET value = '"light"' WHERE key = 'theme'`).run()

    fail.link = true
    try {
      await expect(store.restoreFrom(source.path)).rejects.toMatchObject({ code: 'IO' })
    } finally {
      fail.link = false
    }
    expect(store.db.prepare(`SELECT value FROM setting WHERE key = 'theme'`).pluck().get()).toBe('"light"')
    store.db.prepare(`INSERT INTO setting (key, value) VALUES ('locale', '"en"')`).run() // still writable
    expect(readdirSync(dir).filter((n) => n.startsWith('.restore-staging'))).toEqual([])
    expect(readdirSync(join(dir, 'backups')).filter((n) => n.includes('pre-restore'))).toEqual([])
    // And the next restore works.
    await store.restoreFrom(source.path)
    expect(store.db.prepare(`SELECT value FROM setting WHERE key = 'theme'`).pluck().get()).toBe('"dark"')
    store.close()
  })

  it('a backup that fails at the end leaves no partial file or -journal', async () => {
    const store = new DataStore(tempDir())
    const out = tempDir()
    fail.link = true
    try {
      await expect(store.backupTo(join(out, 'copy.sqlite'))).rejects.toMatchObject({ code: 'IO' })
    } finally {
      fail.link = false
    }
    expect(readdirSync(out)).toEqual([])
    store.close()
  })
})
