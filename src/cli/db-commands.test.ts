import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataStore } from '../main/core/db/data-store'
import { spawnDbChild } from '../main/core/db/test-support/spawn-db-child'
import { useTempDirs } from '../main/core/test-support/temp-dir'
import { runCaptured } from './test-support/run-captured'

const tempDir = useTempDirs()

const run = (...argv: string[]) => runCaptured(argv)

describe('paperdesk db while the app has the data folder open', () => {
  it('refuses restore (exit 1, "close Paperdesk first"); check and backup keep working', async () => {
    const dir = tempDir()
    const seed = new DataStore(dir)
    const backup = await seed.backupNow()
    seed.close()
    const app = spawnDbChild('writer', dir) // stands in for the running app
    try {
      await app.waitFor(/^w-5$/)
      const restore = await run('--data-dir', dir, 'db', 'restore', backup.path)
      expect(restore.code).toBe(1)
      expect(restore.stderr).toBe(
        'paperdesk: another Paperdesk window or command is using this data folder; close Paperdesk first',
      )
      const json = await run('--data-dir', dir, '--json', 'db', 'restore', backup.path)
      expect(JSON.parse(json.stderr)).toMatchObject({
        error: { code: 'BUSY', details: { reason: 'db.in-use' } },
      })
      expect((await run('--data-dir', dir, 'db', 'check')).code).toBe(0)
      expect((await run('--data-dir', dir, 'db', 'backup', join(tempDir(), 'copy.sqlite'))).code).toBe(0)
    } finally {
      app.process.stdin.end('stop\n')
      await app.exited
    }
  })

  it('refuses a backup onto the database’s own files', async () => {
    const dir = tempDir()
    await run('--data-dir', dir, 'db', 'check')
    const result = await run('--data-dir', dir, 'db', 'backup', join(dir, 'paperdesk.sqlite-journal'))
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/over the database or its side files/)
  })
})
