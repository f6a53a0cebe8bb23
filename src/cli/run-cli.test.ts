import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../main/core/test-support/temp-dir'
import { appVersion, runCli } from './run-cli'

const tempDir = useTempDirs()

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env: {} })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

function setTheme(dataDir: string, theme: string) {
  const db = new Database(join(dataDir, 'paperdesk.sqlite'))
  db.prepare(
    `INSERT INTO setting (key, value) VALUES ('theme', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  ).run(JSON.stringify(theme))
  db.close()
}

function readTheme(dataDir: string) {
  const db = new Database(join(dataDir, 'paperdesk.sqlite'), { readonly: true })
  const row = db.prepare(`SELECT value FROM setting WHERE key = 'theme'`).get() as
    { value: string } | undefined
  db.close()
  return row && JSON.parse(row.value)
}

describe('paperdesk CLI', () => {
  it('prints the package version', async () => {
    expect(await run('--version')).toMatchObject({ code: 0, stdout: appVersion() })
    expect(appVersion()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('db check accepts --data-dir and --json before or after the command', async () => {
    const dir = tempDir()
    for (const argv of [
      ['--data-dir', dir, 'db', 'check', '--json'],
      ['db', 'check', '--json', `--data-dir=${dir}`],
      ['--json', 'db', '--data-dir', dir, 'check'],
    ]) {
      const result = await run(...argv)
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, integrity: ['ok'], schemaVersion: 1 })
    }
  })

  it('backs up and restores a database round trip', async () => {
    const dir = tempDir()
    const out = join(tempDir(), 'copy.sqlite')
    await run('--data-dir', dir, 'db', 'check')
    setTheme(dir, 'dark')
    expect((await run('--data-dir', dir, 'db', 'backup', out)).code).toBe(0)
    setTheme(dir, 'light')
    const restored = await run('--data-dir', dir, '--json', 'db', 'restore', out)
    expect(restored.code).toBe(0)
    expect(JSON.parse(restored.stdout).restoredFrom).toBe(out)
    expect(readTheme(dir)).toBe('dark')
  })

  it('refuses to overwrite an existing backup file (exit 1, one line)', async () => {
    const dir = tempDir()
    const out = join(dir, 'exists.sqlite')
    writeFileSync(out, 'keep me')
    const result = await run('--data-dir', dir, 'db', 'backup', out)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/already exists/)
    expect(result.stderr.split('\n')).toHaveLength(1)
  })

  it('refuses a corrupt backup with exit 1 and leaves the database as it was', async () => {
    const dir = tempDir()
    await run('--data-dir', dir, 'db', 'check')
    setTheme(dir, 'dark')
    const bad = join(tempDir(), 'bad.sqlite')
    writeFileSync(bad, Buffer.alloc(8192, 1))
    const result = await run('--data-dir', dir, 'db', 'restore', bad, '--json')
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'INVALID_BACKUP' } })
    expect(readTheme(dir)).toBe('dark')
  })

  it('a missing restore file is a user error, not a crash', async () => {
    const result = await run('--data-dir', tempDir(), 'db', 'restore', '/nonexistent/file.sqlite')
    expect(result).toMatchObject({ code: 1, stderr: 'paperdesk: /nonexistent/file.sqlite: no such file' })
  })

  it.each([
    [[]],
    [['frobnicate']],
    [['db']],
    [['db', 'backup']],
    [['db', 'check', 'extra']],
    [['--colour', 'db', 'check']],
  ])('bad usage %j exits 2 with the usage text and creates nothing', async (argv) => {
    const dir = join(tempDir(), 'never')
    const result = await run(...argv, '--data-dir', dir)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: paperdesk')
    expect(existsSync(dir)).toBe(false)
  })

  it('--data-dir without a folder is bad usage', async () => {
    const result = await run('db', 'check', '--data-dir')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--data-dir needs a folder')
  })
})
