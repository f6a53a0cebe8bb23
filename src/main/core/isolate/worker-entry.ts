import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { userError } from '../../../shared/app-error'

/** Where a worker's code is: a built `.js` file, or (tests, benchmarks) a TypeScript source. */
export interface WorkerEntry {
  file: string
  typescript: boolean
}

/**
 * Finds the worker `name` for the module at `callerUrl` (pass `import.meta.url`). From source
 * (vitest, tsx) it is `<name>.ts` beside the caller. In a build the caller is bundled into
 * `out/main` or `out/cli` (maybe in `chunks/`), and the worker was built to `workers/<name>.js`
 * beside the bundle (electron.vite.config.ts, scripts/build-cli.mjs).
 */
export function workerEntry(name: string, callerUrl: string): WorkerEntry {
  const caller = fileURLToPath(callerUrl)
  if (caller.endsWith('.ts')) return { file: join(dirname(caller), `${name}.ts`), typescript: true }
  let dir = dirname(caller)
  for (let up = 0; up < 3; up++) {
    const file = join(dir, 'workers', `${name}.js`)
    if (existsSync(file)) return { file, typescript: false }
    dir = dirname(dir)
  }
  throw userError('UNAVAILABLE', 'isolate.worker-missing', 'the {{name}} worker is missing from this build', {
    name,
  })
}
