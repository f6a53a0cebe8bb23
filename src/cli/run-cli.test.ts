import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../main/core/test-support/temp-dir'
import { listOption, numberOption, type CliCommand } from './command'
import { latestSchemaVersion } from '../main/core/db/migrations'
import { appVersion } from './run-cli'
import { runCaptured } from './test-support/run-captured'

const tempDir = useTempDirs()

const run = (...argv: string[]) => runCaptured(argv)

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
      expect(JSON.parse(result.stdout)).toMatchObject({
        ok: true,
        integrity: ['ok'],
        schemaVersion: latestSchemaVersion,
      })
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

describe('the command table', () => {
  const seen: unknown[] = []
  const table: CliCommand[] = [
    {
      words: ['demo', 'echo'],
      args: 'WORD...',
      minArgs: 1,
      options: {
        tag: { type: 'string', multiple: true, value: 'TAG', help: 'a tag' },
        loud: { type: 'boolean', help: 'shout' },
        times: { type: 'string', value: 'N', help: 'how often' },
      },
      summary: 'echo words',
      async run(ctx) {
        seen.push({
          args: ctx.args,
          tags: listOption(ctx.options, 'tag'),
          times: numberOption(ctx.options, 'times'),
        })
        const text = ctx.args.join(' ')
        return { value: { text }, text: ctx.options['loud'] ? text.toUpperCase() : text }
      },
    },
    {
      words: ['demo', 'strict'],
      maxArgs: 0,
      options: {
        need: { type: 'string', required: true, value: 'V', help: 'cannot do without' },
        maybe: { type: 'string', value: 'M', help: 'optional' },
      },
      summary: 'needs an option',
      async run(ctx) {
        seen.push('strict ran')
        return { value: ctx.options['need'], text: String(ctx.options['need']) }
      },
    },
    { words: ['demo'], maxArgs: 0, summary: 'the bare group', run: async () => ({ value: 1, text: 'bare' }) },
  ]
  const runTable = (...argv: string[]) => runCaptured(argv, table)

  it('parses the command’s own options, repeated ones as lists, and positionals', async () => {
    seen.length = 0
    const result = await runTable('demo', 'echo', 'a', '--tag', 'x', 'b', '--tag=y', '--loud', '--times', '3')
    expect(result).toMatchObject({ code: 0, stdout: 'A B' })
    expect(seen).toEqual([{ args: ['a', 'b'], tags: ['x', 'y'], times: 3 }])
  })

  it('the longest matching words win', async () => {
    expect((await runTable('demo')).stdout).toBe('bare')
    expect((await runTable('demo', 'echo', 'hi', '--json')).stdout).toContain('"text": "hi"')
  })

  it('refuses unknown options, missing arguments and bad numbers with exit 2 and that command’s usage', async () => {
    for (const argv of [
      ['demo', 'echo', 'a', '--colour'],
      ['demo', 'echo'],
      ['demo', 'echo', 'a', '--times', 'many'],
      ['demo', 'nope'],
    ]) {
      const result = await runTable(...argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr).toContain('Usage: paperdesk')
    }
    expect((await runTable('demo', 'echo')).stderr).toContain('--tag TAG')
  })

  it('refuses a missing required option before the command runs; the synopsis brackets only optional ones', async () => {
    seen.length = 0
    const missing = await runTable('demo', 'strict', '--maybe', 'x')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--need is required')
    expect(missing.stderr).toContain('Usage: paperdesk demo strict --need V [--maybe M]')
    expect(seen).toEqual([])
    expect((await runTable('demo', 'strict', '--need', 'yes')).stdout).toBe('yes')
  })

  it('prints one command’s help, and the whole table’s', async () => {
    const one = await runTable('demo', 'echo', '--help')
    expect(one.code).toBe(0)
    expect(one.stdout).toMatch(/--times N\s+how often/)
    const all = await runTable('--help')
    expect(all.stdout).toMatch(/demo echo WORD\.\.\.\s+echo words/)
  })
})
