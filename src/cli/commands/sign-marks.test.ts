import { execFileSync } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { SignRecord } from '../../shared/contract/sign'
import { useTempDirs } from '../../main/core/test-support/temp-dir'
import { contractPdf, sealPhoto } from '../../main/core/sign/test-support/seal-fixtures'
import { scribble } from '../../main/core/sign/test-support/sign-fixtures'
import { runCli } from '../run-cli'

const tempDir = useTempDirs()

async function workspace() {
  const dir = tempDir()
  const data = join(dir, 'data')
  const run = async (...argv: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(['--data-dir', data, ...argv], {
      stdout: (l) => out.push(l),
      stderr: (l) => err.push(l),
      env: {},
    })
    return { code, stdout: out.join('\n'), stderr: err.join('\n') }
  }
  writeFileSync(join(dir, 'seal.jpg'), await sealPhoto())
  writeFileSync(join(dir, 'blank.jpg'), await sealPhoto(false))
  writeFileSync(join(dir, 'four.pdf'), await contractPdf(4))
  writeFileSync(join(dir, 'one.pdf'), await contractPdf(1))
  writeFileSync(join(dir, 'strokes.json'), JSON.stringify(scribble()))
  return { dir, run }
}

/** Per page: rows (as fractions of the height) where the rightmost 12 % of the page has red ink. */
function redAtRightEdge(pdf: string, dir: string): Promise<Array<{ top: number; bottom: number } | null>> {
  execFileSync('pdftoppm', ['-r', '36', '-png', pdf, join(dir, 'page')])
  const files = execFileSync('ls', [dir], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort()
  return Promise.all(
    files.map(async (f) => {
      const { data, info } = await sharp(join(dir, f))
        .removeAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true })
      let top = -1
      let bottom = -1
      for (let y = 0; y < info.height; y++)
        for (let x = 0; x < info.width; x++) {
          const i = (y * info.width + x) * 3
          const red = (data[i] as number) > 150 && (data[i + 1] as number) < 120
          if (!red) continue
          // Red anywhere but the edge strip is a failure the caller sees as a null page.
          if (x < info.width * 0.88) return null
          if (top < 0) top = y
          bottom = y
        }
      return top < 0 ? null : { top: top / info.height, bottom: bottom / info.height }
    }),
  )
}

describe('paperdesk sign seal / text / pdf --cross-page-seal', () => {
  it('imports a seal from a photo, and refuses a photo with no seal in it', async () => {
    const { dir, run } = await workspace()
    const saved = await run('--json', 'sign', 'seal', 'import', join(dir, 'seal.jpg'), '--name', '合同专用章')
    expect(saved.code).toBe(0)
    const { id } = JSON.parse(saved.stdout) as { id: number }
    const refused = await run('sign', 'seal', 'import', join(dir, 'blank.jpg'), '--name', '公章')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('blank.jpg')
    const list = await run('sign', 'list-signatures')
    expect(list.stdout.split('\n')).toEqual([`${id}\t合同专用章\tpaper\t(seal)`])
  })

  it('makes a text mark from the font, naming a character it lacks', async () => {
    const { run } = await workspace()
    const made = await run('--json', 'sign', 'text', '--text', '王晓明')
    expect(made.code).toBe(0)
    expect(JSON.parse(made.stdout)).toEqual({ id: expect.any(Number) })
    const refused = await run('sign', 'text', '--text', '王𠮷明', '--name', '签字')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('𠮷')
    expect((await run('sign', 'list-signatures')).stdout).toMatch(/^\d+\t王晓明\tsvg\t\(default\)$/)
  })

  it('splits a seal across the right edge of every page, alone or beside a signature', async () => {
    const { dir, run } = await workspace()
    const { id } = JSON.parse(
      (await run('--json', 'sign', 'seal', 'import', join(dir, 'seal.jpg'), '--name', '公章')).stdout,
    ) as { id: number }
    const out = join(dir, 'sealed.pdf')
    const alone = await run(
      '--json',
      'sign',
      'pdf',
      '--in',
      join(dir, 'four.pdf'),
      '--cross-page-seal',
      String(id),
      '--y',
      '0.5',
      '--width',
      '0.12',
      '--out',
      out,
    )
    expect(alone.code).toBe(0)
    const record = JSON.parse(alone.stdout) as SignRecord
    expect(record.placements.map((p) => [p.page, p.strip])).toEqual([
      [0, '1/4'],
      [1, '2/4'],
      [2, '3/4'],
      [3, '4/4'],
    ])
    const mkdir = join(dir, 'render')
    execFileSync('mkdir', [mkdir])
    const strips = await redAtRightEdge(out, mkdir)
    expect(strips).toHaveLength(4)
    for (const s of strips) {
      expect(s).not.toBeNull()
      // Centred at half the height; the seal is 0.12 × 595 pt wide and as tall, on 842 pt.
      expect(((s?.top ?? 0) + (s?.bottom ?? 0)) / 2).toBeCloseTo(0.5, 1)
      expect((s?.bottom ?? 0) - (s?.top ?? 0)).toBeGreaterThan(0.06)
    }

    const both = await run(
      '--json',
      'sign',
      'pdf',
      '--in',
      join(dir, 'four.pdf'),
      '--signature',
      join(dir, 'strokes.json'),
      '--x',
      '0.2',
      '--y',
      '0.8',
      '--width',
      '0.2',
      '--cross-page-seal',
      String(id),
      '--seal-y',
      '0.3',
      '--seal-pages',
      '2-4',
      '--edge',
      'left',
      '--out',
      join(dir, 'both.pdf'),
    )
    expect(both.code).toBe(0)
    const second = JSON.parse(both.stdout) as SignRecord
    expect(second.placements.map((p) => [p.page, p.strip ?? null, Math.round(p.x * 100)])).toEqual([
      [3, null, 20],
      [1, '3/3', 0],
      [2, '2/3', 0],
      [3, '1/3', 0],
    ])
  })

  it('refuses a cross-page seal on one page, and a page list it cannot read, writing nothing', async () => {
    const { dir, run } = await workspace()
    const { id } = JSON.parse(
      (await run('--json', 'sign', 'seal', 'import', join(dir, 'seal.jpg'), '--name', '公章')).stdout,
    ) as { id: number }
    const out = join(dir, 'one-sealed.pdf')
    const one = await run(
      'sign',
      'pdf',
      '--in',
      join(dir, 'one.pdf'),
      '--cross-page-seal',
      String(id),
      '--out',
      out,
    )
    expect(one.code).toBe(1)
    expect(one.stderr).toMatch(/at least two different pages/)
    const bad = await run(
      'sign',
      'pdf',
      '--in',
      join(dir, 'four.pdf'),
      '--cross-page-seal',
      String(id),
      '--pages',
      '3-1',
      '--out',
      out,
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--pages 3-1')
    const noSignature = await run('sign', 'pdf', '--in', join(dir, 'four.pdf'), '--out', out)
    expect(noSignature.code).toBe(2)
    expect(noSignature.stderr).toContain('--signature (or --cross-page-seal) is required')
    expect(existsSync(out)).toBe(false)
    expect((await run('sign', 'history')).stdout).toBe('Nothing signed yet.')
  })
})
