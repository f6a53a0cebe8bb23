import { readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** SQLite's side files of a database file. */
export const SIDECARS = ['-wal', '-shm', '-journal'] as const

/** Removes `file` and its SQLite side files, ignoring what is not there. */
export function removeWithSidecars(file: string): void {
  for (const f of [file, ...SIDECARS.map((s) => `${file}${s}`)]) rmSync(f, { force: true })
}

/** A restore's working copy, in the data folder: `.restore-staging-<pid>-<time>.sqlite`. */
export function stagingName(dataDir: string): string {
  return join(dataDir, `.restore-staging-${process.pid}-${Date.now()}.sqlite`)
}

/** A backup being written, beside its destination: `<dest>.partial-<pid>-<time>`. */
export function partialName(dest: string): string {
  return `${dest}.partial-${process.pid}-${Date.now()}`
}

const STAGING = /^\.restore-staging-(\d+)-\d+\.sqlite(?:-wal|-shm|-journal)?$/
const PARTIAL = /^(.+)\.partial-(\d+)-\d+(?:-wal|-shm|-journal)?$/

/** Whether a process with this id is running (so its temp files may still be in use). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface SweepOptions {
  /** No other process uses the data folder: every temp file of ours is stale. */
  alone: boolean
  /** Only partials of this destination (a backup file outside the data folder). */
  partialsOf?: string
}

/**
 * Removes the temp files a killed restore or backup left behind in `dir`: only files named the way
 * we name them, and only those whose process is gone (or all of them when we are alone). Returns
 * the names removed.
 */
export function sweepTempFiles(dir: string, options: SweepOptions): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    const staging = STAGING.exec(name)
    const partial = PARTIAL.exec(name)
    if (options.partialsOf !== undefined && partial?.[1] !== basename(options.partialsOf)) continue
    const pid = Number(staging?.[1] ?? partial?.[2] ?? NaN)
    if (Number.isNaN(pid) || (!options.alone && processAlive(pid))) continue
    try {
      rmSync(join(dir, name), { force: true })
      removed.push(name)
    } catch {
      // Another process may have removed it first, or it is not ours to remove: leave it.
    }
  }
  return removed
}

/** Stale partials of one backup destination, in its own folder. */
export function sweepPartialsOf(dest: string): string[] {
  return sweepTempFiles(dirname(dest), { alone: false, partialsOf: dest })
}
