import { existsSync, linkSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../main/core/test-support/temp-dir'
import { runCli } from './run-cli'

const tempDir = useTempDirs()

/** A data folder with one note, made through the CLI. */
async function withNote(title: string, text: string): Promise<string> {
  const data = tempDir()
  const file = join(tempDir(), 'note.html')
  writeFileSync(file, `<p>${text}</p>`)
  const added = await run('--data-dir', data, 'notes', 'add', '--title', title, '--html-file', file)
  expect(added.code, added.stderr).toBe(0)
  return data
}

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env: {} })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('--out never replaces a file unasked, and never the live database', () => {
  it('refuses an existing file unless --overwrite, in one line, writing nothing', async () => {
    const data = await withNote('A', 'one')
    const out = join(tempDir(), 'notes.md')
    writeFileSync(out, 'mine')
    const refused = await run('--data-dir', data, 'notes', 'export', '1', '--format', 'md', '--out', out)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(`paperdesk: ${out} already exists; add --overwrite to replace it`)
    expect(readFileSync(out, 'utf8')).toBe('mine')
    const json = await run(
      '--data-dir',
      data,
      '--json',
      'notes',
      'export',
      '1',
      '--format',
      'md',
      '--out',
      out,
    )
    expect(JSON.parse(json.stderr).error).toMatchObject({ code: 'IO', details: { reason: 'cli.out-exists' } })
    const replaced = await run(
      '--data-dir',
      data,
      'notes',
      'export',
      '1',
      '--format',
      'md',
      '--out',
      out,
      '--overwrite',
    )
    expect(replaced.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('one')
  })

  it('refuses the live database and its -wal, even with --overwrite, by any name', async () => {
    const data = await withNote('Keep me', 'kept')
    const database = join(data, 'paperdesk.sqlite')
    const before = readFileSync(database)
    const elsewhere = tempDir()
    symlinkSync(data, join(elsewhere, 'linked'))
    linkSync(database, join(elsewhere, 'hard.sqlite'))
    for (const target of [
      database,
      `${database}-wal`,
      join(elsewhere, 'linked', 'paperdesk.sqlite'),
      join(elsewhere, 'hard.sqlite'),
    ]) {
      const r = await run(
        '--data-dir',
        data,
        '--json',
        'notes',
        'export',
        '1',
        '--format',
        'html',
        '--out',
        target,
        '--overwrite',
      )
      expect(r.code, target).toBe(1)
      expect(JSON.parse(r.stderr).error, target).toMatchObject({
        code: 'VALIDATION',
        details: { reason: 'cli.out-is-database' },
      })
    }
    expect(readFileSync(database).equals(before)).toBe(true)
    const list = await run('--data-dir', data, '--json', 'notes', 'list')
    expect(list.stdout).toContain('Keep me')
  })

  it('applies to every command that writes --out (sign, identity certificate, filing sheet)', async () => {
    const data = tempDir()
    const taken = join(tempDir(), 'taken.pdf')
    writeFileSync(taken, 'x')
    for (const argv of [
      [
        'sign',
        'pdf',
        '--in',
        taken,
        '--signature',
        taken,
        '--x',
        '0.1',
        '--y',
        '0.1',
        '--width',
        '0.2',
        '--out',
        taken,
      ],
      ['sign', 'identity', 'export-cert', '1', '--out', taken],
      ['filing', 'export', '1', '--out', taken],
    ]) {
      const r = await run('--data-dir', data, '--json', ...argv)
      expect(JSON.parse(r.stderr).error, argv.join(' ')).toMatchObject({
        details: { reason: 'cli.out-exists' },
      })
    }
    expect(readFileSync(taken, 'utf8')).toBe('x')
    expect(existsSync(join(data, 'paperdesk.sqlite-wal'))).toBe(false)
  })
})
