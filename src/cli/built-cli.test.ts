import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../main/core/test-support/temp-dir'

const tempDir = useTempDirs()
const cli = resolve(__dirname, '../../out/cli/index.js')

// The shipped entry point, run as users run it. `npm test` builds before running unit tests.
describe('out/cli/index.js', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(cli)).toBe(true)
  })

  it('runs db check --json on plain Node from the repo root', () => {
    const dir = join(tempDir(), 'data')
    const run = spawnSync(process.execPath, [cli, '--data-dir', dir, 'db', 'check', '--json'], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, path: join(dir, 'paperdesk.sqlite') })
  })

  it('exits 2 on bad usage and 1 on a user error', () => {
    expect(spawnSync(process.execPath, [cli, 'nope'], { encoding: 'utf8' }).status).toBe(2)
    const missing = spawnSync(
      process.execPath,
      [cli, '--data-dir', tempDir(), 'db', 'restore', '/no/such.sqlite'],
      {
        encoding: 'utf8',
      },
    )
    expect(missing.status).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('starts without loading zod, pdf-lib, sharp or playwright: commands import those when they run', () => {
    // The static import graph of the entry point (dynamic import() calls are left out).
    const bare = new Set<string>()
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(
        /^\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm,
      )) {
        const spec = (m[1] ?? m[2]) as string
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec))
        else bare.add(spec)
      }
    }
    visit(cli)
    expect([...bare].filter((s) => /^(zod|pdf-lib|sharp|playwright-core)/.test(s))).toEqual([])
    expect(seen.size).toBeGreaterThanOrEqual(1)
  })
})
