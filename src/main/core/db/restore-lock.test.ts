import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { DATABASE_FILE, DataStore } from './data-store'
import { DatabaseLock, lockFileOf } from './database-lock'
import { spawnDbChild } from './test-support/spawn-db-child'

const tempDir = useTempDirs()

function keys(store: DataStore): Set<string> {
  return new Set(store.db.prepare('SELECT key FROM setting').pluck().all() as string[])
}

describe('restore while another process holds the database', () => {
  it('is refused, and every write the other process acknowledged is still there', async () => {
    const dir = tempDir()
    const seed = new DataStore(dir)
    const backup = await seed.backupNow()
    seed.close()

    const writer = spawnDbChild('writer', dir)
    await writer.waitFor(/^w-20$/)
    const store = new DataStore(dir)
    const refused = await store.restoreFrom(backup.path).catch((e: unknown) => e)
    expect(refused).toMatchObject({ code: 'BUSY', details: { reason: 'db.in-use' } })

    // Other commands keep working beside the writer: read and back up.
    expect(store.check().ok).toBe(true)
    await store.backupNow()

    await writer.waitFor(/^w-60$/)
    writer.process.stdin.end('stop\n')
    expect(await writer.exited).toBe(0)
    const acknowledged = writer.lines.filter((l) => l.startsWith('w-'))
    const present = keys(store)
    expect(acknowledged.filter((k) => !present.has(k))).toEqual([])
    expect(acknowledged.length).toBeGreaterThan(60)

    // Once the other process is gone, the restore goes through.
    await store.restoreFrom(backup.path)
    expect([...keys(store)].filter((k) => k.startsWith('w-'))).toEqual([])
    store.close()
  })

  it('two stores in one process see each other; the last one alone may restore', async () => {
    const dir = tempDir()
    const a = new DataStore(dir)
    const backup = await a.backupNow()
    const b = new DataStore(dir)
    await expect(a.restoreFrom(backup.path)).rejects.toMatchObject({ code: 'BUSY' })
    b.close()
    await expect(a.restoreFrom(backup.path)).resolves.toMatchObject({ restoredFrom: backup.path })
    a.close()
  })

  it('a process opening the folder during a restore waits for it instead of racing it', async () => {
    const dir = tempDir()
    new DataStore(dir).close()
    const restoreLock = new DatabaseLock(lockFileOf(join(dir, DATABASE_FILE)))
    let writer: ReturnType<typeof spawnDbChild> | undefined
    await restoreLock.withExclusive(async () => {
      writer = spawnDbChild('writer', dir)
      // Long enough for the child to start and reach DataStore's open; it must not get past it.
      await new Promise((r) => setTimeout(r, 1500))
      expect(writer.lines).toEqual([])
    })
    await writer!.waitFor(/^w-3$/)
    writer!.process.stdin.end('stop\n')
    expect(await writer!.exited).toBe(0)
    restoreLock.close()
  })
})
