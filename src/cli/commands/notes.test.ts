import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../main/core/test-support/temp-dir'
import { runCli } from '../run-cli'

const tempDir = useTempDirs()

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env: {} })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

describe('paperdesk notes', () => {
  it('adds, lists, searches and exports notes, with --json', async () => {
    const data = tempDir()
    const files = tempDir()
    writeFileSync(join(files, 'a.md'), '## 会议\n\n讨论**数据库**迁移。\n')
    writeFileSync(join(files, 'b.html'), '<p>English text about roadmaps<script>alert(1)</script></p>')
    const add = async (...args: string[]) =>
      JSON.parse((await run('--data-dir', data, '--json', 'notes', 'add', ...args)).stdout) as { id: number }
    const a = await add(
      '--title',
      '会议纪要',
      '--md-file',
      join(files, 'a.md'),
      '--notebook',
      '工作',
      '--tag',
      'meeting',
      '--tag',
      '2025',
    )
    const b = await add('--title', 'Roadmap', '--html-file', join(files, 'b.html'))
    expect(a.id).toBeGreaterThan(0)

    const list = JSON.parse((await run('--data-dir', data, 'notes', 'list', '--json')).stdout)
    expect(list).toEqual([
      { id: b.id, title: 'Roadmap', notebook: null, tags: [], updatedAt: expect.any(String) },
      {
        id: a.id,
        title: '会议纪要',
        notebook: '工作',
        tags: ['2025', 'meeting'],
        updatedAt: expect.any(String),
      },
    ])

    const search = async (q: string) =>
      JSON.parse((await run('--data-dir', data, '--json', 'notes', 'search', q)).stdout)
    expect(await search('数据库迁移')).toEqual([
      { id: a.id, title: '会议纪要', snippet: '会议 · 讨论数据库迁移。' },
    ])
    expect(await search('会议')).toMatchObject([{ id: a.id }])
    expect(await search('roadmap')).toMatchObject([{ id: b.id, title: 'Roadmap' }])
    expect((await run('--data-dir', data, 'notes', 'search', 'nothing-here')).stdout).toBe('No notes match.')

    const out = join(files, 'both.pdf')
    const exported = await run(
      '--data-dir',
      data,
      '--json',
      'notes',
      'export',
      String(a.id),
      String(b.id),
      '--format',
      'pdf',
      '--out',
      out,
      '--toc',
      '--header-footer',
      '--page-size',
      'A5',
      '--landscape',
      '--locale',
      'zh-CN',
    )
    expect(exported.stderr).toBe('')
    expect(JSON.parse(exported.stdout)).toMatchObject({ path: out, notes: 2, pages: 3 })
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })
    expect(text).toContain('讨论数据库迁移。')
    expect(text).toContain('第 2 页 / 共 3 页')
    expect(text).toContain('目录')
    expect(text).not.toContain('alert')
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(
      // A5 landscape exactly (ISO's 595.28 × 419.53 pt, not Chromium's rounded size).
      /Page size:\s+595\.2[78]\d* x 419\.5[23]\d* pts/,
    )
  }, 60_000)

  it('imports files and refuses bad input with exit 1 or 2', async () => {
    const data = tempDir()
    const files = tempDir()
    writeFileSync(join(files, 'n.md'), '# 标题\n\ntext')
    writeFileSync(join(files, 'bin.md'), Buffer.from([0, 1, 2, 3]))
    const imported = await run('--data-dir', data, '--json', 'notes', 'import', join(files, 'n.md'))
    expect(JSON.parse(imported.stdout)).toEqual([{ id: 1, title: '标题' }])
    const bad = await run('--data-dir', data, '--json', 'notes', 'import', join(files, 'bin.md'))
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stderr)).toMatchObject({
      error: { code: 'INVALID_FILE', details: { reason: 'notes.import-not-text' } },
    })
    expect(
      (await run('--data-dir', data, 'notes', 'export', 'x', '--format', 'pdf', '--out', 'a.pdf')).code,
    ).toBe(2)
    expect(
      (await run('--data-dir', data, 'notes', 'export', '1', '--format', 'doc', '--out', 'a.pdf')).code,
    ).toBe(2)
    expect(
      (
        await run(
          '--data-dir',
          data,
          'notes',
          'export',
          '1',
          '--format',
          'pdf',
          '--out',
          'a.pdf',
          '--margin-mm',
          '500',
        )
      ).code,
    ).toBe(2)
    const missing = await run(
      '--data-dir',
      data,
      'notes',
      'export',
      '99',
      '--format',
      'html',
      '--out',
      join(files, 'x.html'),
    )
    expect(missing).toMatchObject({ code: 1, stderr: 'paperdesk: no note 99' })
    expect(existsSync(join(files, 'x.html'))).toBe(false)
    expect((await run('--data-dir', data, 'notes', 'add', '--title', 'x')).code).toBe(2)
  }, 30_000)
})
