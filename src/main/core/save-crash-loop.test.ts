import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { spawnScript, type DbChild } from './db/test-support/spawn-db-child'
import { HarnessPlatform } from './harness-platform'
import { openCore } from './open-core'
import { STAGED_OUTPUTS_DIR } from './sign/staged-output-journal'
import { plainImage, threePagePdf } from './sign/test-support/sign-fixtures'
import { useTempDirs } from './test-support/temp-dir'

const tempDir = useTempDirs()

// A Paperdesk process saving notes and signing files (one at a time and in batches) is SIGKILLed
// at random moments. After each kill the next start finds: a database that opens and passes
// integrity_check (the search index too), every save the process had been told was done, every
// signed copy it was told about complete and recorded, no signed file without its record nor a
// record without its file, and no temporary file left anywhere. `npm test` runs the short form;
// `npm run crash-loop` (PAPERDESK_CRASH_KILLS=200) many more.
const KILLS = Number(process.env['PAPERDESK_CRASH_KILLS'] || 10)
const CHILD = join(__dirname, 'test-support', 'save-child.ts')

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

/** What the killed child had been told was saved (see save-child.ts). */
function acknowledged(lines: readonly string[]) {
  const notes = new Map<number, number>()
  const signed: Array<{ path: string; sha: string }> = []
  for (const line of lines) {
    const [kind, ...rest] = line.split(' ')
    if (kind === 'note') notes.set(Number(rest[0]), 0)
    if (kind === 'save') notes.set(Number(rest[0]), Number(rest[1]))
    if (kind === 'signed' || kind === 'batch')
      for (let i = 0; i + 1 < rest.length; i += 2) signed.push({ path: rest[i]!, sha: rest[i + 1]! })
  }
  return { notes, signed }
}

function temporaryFiles(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.includes('.partial-') || n.startsWith('.restore-staging-'))
}

function checkAfterKill(dataDir: string, dirs: string[], child: DbChild, kill: number): number {
  const where = `after kill ${kill}`
  // The next start, as the app and the CLI open the data folder: it also finishes or removes what
  // a killed signing left (staged-outputs).
  const core = openCore({ dataDir, platform: new HarnessPlatform() })
  try {
    const db = core.store.db
    expect(core.store.check(), where).toMatchObject({ ok: true, integrity: ['ok'] })
    db.prepare(`INSERT INTO note_fts (note_fts) VALUES ('integrity-check')`).run()

    const { notes, signed } = acknowledged(child.lines)
    const titles = new Map(
      (db.prepare('SELECT id, title FROM note').all() as Array<{ id: number; title: string }>).map((r) => [
        r.id,
        r.title,
      ]),
    )
    for (const [id, version] of notes) {
      const title = titles.get(id)
      expect(title, `${where}: note ${id}`).toBeDefined()
      // The last save it was told about, or the one after it that committed just before the kill.
      expect(Number(title!.slice(1)), `${where}: note ${id}`).toBeGreaterThanOrEqual(version)
    }
    for (const { path, sha } of signed) {
      expect(existsSync(path) && sha256(path), `${where}: ${path}`).toBe(sha)
    }
    // Every record has its complete file, and every signed file its record.
    const records = db
      .prepare('SELECT output_path AS path, output_sha256 AS sha FROM sign_record')
      .all() as Array<{
      path: string
      sha: string
    }>
    for (const r of records) expect(existsSync(r.path) && sha256(r.path), `${where}: ${r.path}`).toBe(r.sha)
    const recorded = new Set(records.map((r) => r.path))
    for (const dir of dirs) {
      expect(temporaryFiles(dir), where).toEqual([])
      for (const name of readdirSync(dir).filter((n) => n.includes('signed'))) {
        expect(recorded.has(join(dir, name)), `${where}: ${name} has no record`).toBe(true)
      }
    }
    expect(temporaryFiles(dataDir), where).toEqual([])
    const staged = join(dataDir, STAGED_OUTPUTS_DIR)
    expect(existsSync(staged) ? readdirSync(staged) : [], where).toEqual([])
    return signed.length + notes.size
  } finally {
    core.close()
  }
}

/** Resolves once `count` printed lines match. */
async function waitForCount(child: DbChild, pattern: RegExp, count: number): Promise<void> {
  const deadline = Date.now() + 60_000
  while (child.lines.filter((l) => pattern.test(l)).length < count) {
    if (Date.now() > deadline) throw new Error(`child printed fewer than ${count} ${pattern}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('killed while saving', () => {
  it(
    `notes and signed files: ${KILLS} kills lose no acknowledged save and leave nothing half-written`,
    async () => {
      const work = tempDir()
      const dataDir = join(work, 'data')
      const inDir = join(work, 'in')
      const outDir = join(work, 'out')
      for (const d of [inDir, outDir]) mkdirSync(d, { recursive: true })
      writeFileSync(join(inDir, 'scan.png'), await plainImage(900, 600, { format: 'png' }))
      writeFileSync(join(inDir, 'doc.pdf'), await threePagePdf())

      let confirmed = 0
      for (let kill = 0; kill < KILLS; kill++) {
        const child = spawnScript(CHILD, [dataDir, inDir, outDir])
        await child.waitFor(/^ready$/, 30_000)
        // A third of the kills land anywhere from the first save on, a third while a file is
        // signed (after a note's last save), a third while a batch is signed (after the third
        // single signing of this run).
        const phase = kill % 3
        if (phase === 1) await child.waitFor(/^save \d+ 3$/, 30_000)
        if (phase === 2) await waitForCount(child, /^signed /, 3)
        await new Promise((r) => setTimeout(r, Math.random() * (phase === 0 ? 1500 : 600)))
        child.process.kill('SIGKILL')
        await child.exited
        confirmed += checkAfterKill(dataDir, [inDir, outDir], child, kill)
      }
      // The children got real work done between kills.
      expect(confirmed).toBeGreaterThan(KILLS)
      console.log(`save crash loop: ${KILLS} kills, ${confirmed} acknowledged saves checked, none lost`)
    },
    60_000 + KILLS * 15_000,
  )
})
