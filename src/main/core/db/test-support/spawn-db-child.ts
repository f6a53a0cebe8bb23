import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { join } from 'node:path'

const CHILD = join(__dirname, 'db-child.ts')
const FOREIGN_WRITER = join(__dirname, 'foreign-writer.ts')

export interface DbChild {
  process: ChildProcessWithoutNullStreams
  /** Every line the child printed so far. */
  lines: string[]
  /** Resolves once a printed line matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>
  /** Resolves when the child has exited. */
  exited: Promise<number | null>
}

/** Starts a second Paperdesk process on `dataDir` (see db-child.ts for the modes). */
export function spawnDbChild(mode: string, dataDir: string, ...args: string[]): DbChild {
  return spawnScript(CHILD, [mode, dataDir, ...args])
}

/** Starts a plain SQLite writer on the database file (see foreign-writer.ts). */
export function spawnForeignWriter(databaseFile: string, prefix: string): DbChild {
  return spawnScript(FOREIGN_WRITER, [databaseFile, prefix])
}

/** Starts `script` (TypeScript) in a new Node process, reading its stdout line by line. */
export function spawnScript(script: string, args: string[]): DbChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = []
  let buffer = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk
    const parts = buffer.split('\n')
    buffer = parts.pop() ?? ''
    for (const line of parts) {
      lines.push(line)
      for (const w of waiters.filter((x) => x.pattern.test(line))) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(line)
      }
    }
  })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    process: child,
    lines,
    exited,
    waitFor(pattern, timeoutMs = 15_000) {
      const seen = lines.find((l) => pattern.test(l))
      if (seen) return Promise.resolve(seen)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`child never printed ${pattern}; stderr: ${stderr.slice(-500)}`)),
          timeoutMs,
        )
        waiters.push({
          pattern,
          resolve: (line) => {
            clearTimeout(timer)
            resolve(line)
          },
        })
      })
    },
  }
}
