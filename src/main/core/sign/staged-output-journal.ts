import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

/** Beside the database: where each signing in progress lists the temporary files it writes. */
export const STAGED_OUTPUTS_DIR = 'staged-outputs'

export interface StagedEntry {
  /** The hidden temporary file beside the target (see output-file.ts's tempPathFor). */
  temp: string
  target: string
}

/**
 * The list of signed outputs one signing (a file or a batch) is writing, kept in the data folder
 * while it runs: `staged-outputs/<pid>-<time>-<random>.json`. Signed copies are written to hidden
 * temporary files beside their targets, anywhere on disk; if the process is killed, this list is
 * how the next start finds them (recoverStagedOutputs) — to finish a signing whose audit records
 * were committed, and to remove the rest. Each entry is on disk before its temporary file exists.
 */
export class OutputJournal {
  private readonly entries: StagedEntry[] = []

  private constructor(readonly file: string) {}

  static start(dataDir: string): OutputJournal {
    const dir = join(dataDir, STAGED_OUTPUTS_DIR)
    mkdirSync(dir, { recursive: true })
    const name = `${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}.json`
    return new OutputJournal(join(dir, name))
  }

  /** Records that `temp` is about to be written for `target`; durable before it returns. */
  note(temp: string, target: string): void {
    this.entries.push({ temp, target })
    // Replaced whole through a rename, so a kill mid-write never leaves half a list.
    const next = `${this.file}.tmp`
    const fd = openSync(next, 'w')
    try {
      writeSync(fd, JSON.stringify({ entries: this.entries }))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(next, this.file)
  }

  /** Every temporary file is placed or removed: the list is no longer needed. */
  finish(): void {
    rmSync(this.file, { force: true })
    rmSync(`${this.file}.tmp`, { force: true })
  }
}
