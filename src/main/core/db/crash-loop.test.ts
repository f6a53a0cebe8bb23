import { randomBytes } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { BACKUP_DIR, DataStore } from './data-store'
import { settingKeysIn } from './test-support/setting-keys'
import { spawnDbChild, spawnForeignWriter } from './test-support/spawn-db-child'

const tempDir = useTempDirs()

// SIGKILL at random moments during restores and backups: after each kill the next open finds an
// intact database that is wholly one version, and none of our temp files; with a program that is
// not Paperdesk writing beside the restores, none of its acknowledged writes is lost. `npm test`
// runs the short form; `npm run crash-loop` (PAPERDESK_CRASH_KILLS=200) many more.
const KILLS = Number(process.env['PAPERDESK_CRASH_KILLS'] || 12)
/** Each kill beside the writer starts two processes: fewer of them in the short form. */
const WRITER_KILLS = Number(process.env['PAPERDESK_CRASH_KILLS'] || 4)
const TEMP = /\.restore-staging-|\.partial-/

/** Gives the store a generation marker and ~1.5 MB of blobs that belong to that generation. */
function fill(store: DataStore, generation: string): void {
  store.db.transaction(() => {
    store.db.prepare('DELETE FROM asset').run()
    store.db
      .prepare(
        `INSERT INTO setting (key, value) VALUES ('generation', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      )
      .run(JSON.stringify(generation))
    const insert = store.db.prepare('INSERT INTO asset (sha256, mime, bytes, data) VALUES (?, ?, ?, ?)')
    for (let i = 0; i < 6; i++) {
      const data = Buffer.concat([Buffer.from(`${generation}:${i}:`), randomBytes(256 * 1024)])
      insert.run(
        `${generation.charCodeAt(0).toString(16).padStart(2, '0')}${String(i).padStart(62, '0')}`,
        'application/x-test',
        data.length,
        data,
      )
    }
  })()
}

/** The generation a database holds, checked to be whole: its marker and all its blobs agree. */
function generationOf(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const generation = JSON.parse(
      db.prepare(`SELECT value FROM setting WHERE key = 'generation'`).pluck().get() as string,
    ) as string
    const blobs = db.prepare('SELECT data FROM asset').pluck().all() as Buffer[]
    expect(blobs).toHaveLength(6)
    for (const blob of blobs)
      expect(blob.subarray(0, generation.length + 1).toString()).toBe(`${generation}:`)
    return generation
  } finally {
    db.close()
  }
}

/** A data folder holding generation O, and backups of generations A and B to restore from. */
async function seedGenerations(dir: string): Promise<string[]> {
  const sources = tempDir()
  const store = new DataStore(dir)
  const files: string[] = []
  for (const generation of ['A', 'B']) {
    fill(store, generation)
    const file = join(sources, `${generation}.sqlite`)
    await store.backupTo(file)
    files.push(file)
  }
  fill(store, 'O')
  store.close()
  return files
}

function tempFilesIn(dir: string): string[] {
  const names = (d: string) => {
    try {
      return readdirSync(d)
    } catch {
      return []
    }
  }
  return [...names(dir), ...names(join(dir, BACKUP_DIR))].filter((n) => TEMP.test(n))
}

/**
 * Kills the child at a random moment up to `maxMs` after it is ready — or, with `after`, after it
 * printed that line (so the kill lands in a later restore, not always the first).
 */
async function killAtRandom(
  child: ReturnType<typeof spawnDbChild>,
  maxMs: number,
  after: RegExp = /^ready$/,
): Promise<void> {
  await child.waitFor(/^ready$/, 30_000)
  await child.waitFor(after, 30_000)
  await new Promise((r) => setTimeout(r, Math.random() * maxMs))
  child.process.kill('SIGKILL')
  await child.exited
}

describe('killed in the middle', () => {
  it(
    `restores: ${KILLS} kills leave an intact, whole database and no temp files`,
    async () => {
      const dir = tempDir()
      const files = await seedGenerations(dir)

      const seen = new Set<string>()
      for (let kill = 0; kill < KILLS; kill++) {
        const after = kill % 2 === 1 ? /^restored 0$/ : /^ready$/
        await killAtRandom(spawnDbChild('restore-loop', dir, ...files), 350, after)
        const reopened = new DataStore(dir) // sweeps what the kill left
        expect(tempFilesIn(dir), `after kill ${kill}`).toEqual([])
        reopened.close()
        seen.add(generationOf(join(dir, 'paperdesk.sqlite')))
        expect(['O', 'A', 'B']).toEqual(expect.arrayContaining([...seen]))
      }
      // The kills landed at different points: more than one generation was found in place.
      expect(seen.size).toBeGreaterThan(1)
    },
    60_000 + KILLS * 10_000,
  )

  it(
    `backups: ${KILLS} kills leave no partial file, and every backup kept is complete`,
    async () => {
      const dir = tempDir()
      const store = new DataStore(dir)
      fill(store, 'K')
      store.close()
      for (let kill = 0; kill < KILLS; kill++) {
        await killAtRandom(spawnDbChild('backup-loop', dir), 250)
        const reopened = new DataStore(dir)
        expect(tempFilesIn(dir), `after kill ${kill}`).toEqual([])
        for (const backup of reopened.listBackups().slice(0, 3)) expect(generationOf(backup.path)).toBe('K')
        reopened.close()
      }
    },
    60_000 + KILLS * 10_000,
  )

  it(
    `restores beside a plain SQLite writer: ${WRITER_KILLS} kills lose none of its acknowledged writes`,
    async () => {
      const dir = tempDir()
      const files = await seedGenerations(dir)

      let acknowledged = 0
      for (let kill = 0; kill < WRITER_KILLS; kill++) {
        const writer = spawnForeignWriter(join(dir, 'paperdesk.sqlite'), `x${kill}`)
        await writer.waitFor(new RegExp(`^ok x${kill}-5$`), 30_000)
        const after = kill % 2 === 1 ? /^restored 0$/ : /^ready$/
        await killAtRandom(spawnDbChild('restore-loop', dir, ...files), 350, after)
        writer.process.stdin.end('stop\n')
        expect(await writer.exited).toBe(0)

        const reopened = new DataStore(dir)
        expect(tempFilesIn(dir), `after kill ${kill}`).toEqual([])
        const homes = [reopened.path, ...reopened.listBackups().map((b) => b.path)].map(settingKeysIn)
        reopened.close()
        generationOf(join(dir, 'paperdesk.sqlite'))
        const acked = writer.lines.filter((l) => l.startsWith('ok ')).map((l) => l.slice(3))
        expect(
          acked.filter((k) => !homes.some((keys) => keys.has(k))),
          `after kill ${kill}`,
        ).toEqual([])
        acknowledged += acked.length
      }
      expect(acknowledged).toBeGreaterThan(WRITER_KILLS * 5)
      console.log(
        `restore beside a writer: ${WRITER_KILLS} kills, ${acknowledged} acknowledged writes checked, none lost`,
      )
    },
    60_000 + WRITER_KILLS * 15_000,
  )
})
