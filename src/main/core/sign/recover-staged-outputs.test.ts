import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataStore } from '../db/data-store'
import { useTempDirs } from '../test-support/temp-dir'
import { writeTemp } from './output-file'
import { recoverStagedOutputs } from './recover-staged-outputs'
import type { NewSignRecord } from './sign-records'
import { SignRecords } from './sign-records'
import { OutputJournal, STAGED_OUTPUTS_DIR } from './staged-output-journal'

const tempDir = useTempDirs()
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

/** The id of a process that has exited: its journals are stale. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number

/** Makes a journal look like one a killed process left (its name carries the pid). */
function orphan(journal: OutputJournal): void {
  const name = basename(journal.file).replace(/^\d+-/, `${deadPid()}-`)
  renameSync(journal.file, join(dirname(journal.file), name))
}

function record(target: string, bytes: Uint8Array): NewSignRecord {
  return {
    inputName: 'scan.png',
    inputPath: '/nowhere/scan.png',
    inputSha256: sha(Buffer.from('input')),
    outputName: basename(target),
    outputPath: target,
    outputSha256: sha(bytes),
    outputFormat: 'png',
    pageCount: 1,
    placements: [],
    origin: 'cli',
    certification: null,
  }
}

describe('signed copies a killed process left half-way', () => {
  it('are finished when their record was committed, and removed when it was not', async () => {
    const store = new DataStore(tempDir())
    const out = tempDir()
    const journal = OutputJournal.start(store.dataDir)
    const committed = Buffer.from('a signed copy whose record was committed')
    const uncommitted = Buffer.from('a signed copy of a batch that never finished')
    const done = join(out, 'done-signed.png')
    const dropped = join(out, 'dropped-signed.png')
    await writeTemp(done, committed, journal)
    await writeTemp(dropped, uncommitted, journal)
    new SignRecords(store).add(record(done, committed)) // the kill came before the rename
    orphan(journal)

    expect(recoverStagedOutputs(store)).toEqual({
      placed: [done],
      removed: [expect.stringContaining('.dropped-signed.png.partial-')],
    })
    expect(readdirSync(out)).toEqual(['done-signed.png'])
    expect(readFileSync(done)).toEqual(committed)
    expect(readdirSync(join(store.dataDir, STAGED_OUTPUTS_DIR))).toEqual([])
    store.close()
  })

  it('leaves the journal of a process still running, and never touches a file it did not write', async () => {
    const store = new DataStore(tempDir())
    const out = tempDir()
    const running = OutputJournal.start(store.dataDir)
    await writeTemp(join(out, 'mine-signed.png'), Buffer.from('in progress'), running)
    // A list naming a file that is not one of our temporary files (crafted, or damaged).
    const precious = join(out, 'contract.pdf')
    writeFileSync(precious, 'the user’s own document')
    const crafted = join(store.dataDir, STAGED_OUTPUTS_DIR, `${deadPid()}-1-abcd.json`)
    writeFileSync(crafted, JSON.stringify({ entries: [{ temp: precious, target: join(out, 'x.pdf') }] }))

    expect(recoverStagedOutputs(store)).toEqual({ placed: [], removed: [] })
    expect(existsSync(precious)).toBe(true)
    expect(readdirSync(out).filter((n) => n.includes('.partial-'))).toHaveLength(1)
    expect(existsSync(running.file)).toBe(true)
    expect(existsSync(crafted)).toBe(false)
    store.close()
  })
})
