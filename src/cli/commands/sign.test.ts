import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../main/core/test-support/temp-dir'
import {
  encryptedPdf,
  plainImage,
  scribble,
  threePagePdf,
} from '../../main/core/sign/test-support/sign-fixtures'
import { runCli } from '../run-cli'

const tempDir = useTempDirs()

async function run(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), env: {} })
  return { code, stdout: out.join('\n'), stderr: err.join('\n') }
}

async function workspace() {
  const dir = tempDir()
  const data = join(dir, 'data')
  writeFileSync(join(dir, 'strokes.json'), JSON.stringify(scribble('#1a3cff')))
  writeFileSync(join(dir, 'scan.jpg'), await plainImage(1200, 800, { density: 200 }))
  writeFileSync(join(dir, 'contract.pdf'), await threePagePdf())
  const saved = await run(
    '--data-dir',
    data,
    '--json',
    'sign',
    'save-signature',
    '--name',
    '张三',
    '--strokes',
    join(dir, 'strokes.json'),
  )
  expect(saved.code).toBe(0)
  const { id } = JSON.parse(saved.stdout) as { id: number }
  return { dir, data, id }
}

describe('paperdesk sign', () => {
  it('save-signature gives an id; image signs at full size; history lists it newest first', async () => {
    const { dir, data, id } = await workspace()
    expect(id).toBeGreaterThan(0)
    const hash = createHash('sha256')
      .update(readFileSync(join(dir, 'scan.jpg')))
      .digest('hex')
    const signed = await run(
      '--data-dir',
      data,
      'sign',
      'image',
      '--background',
      join(dir, 'scan.jpg'),
      '--signature',
      String(id),
      '--x',
      '0.5',
      '--y',
      '0.5',
      '--width',
      '0.4',
      '--date',
      '--date-format',
      'zh-long',
      '--out',
      join(dir, 'out.png'),
    )
    expect(signed).toMatchObject({ code: 0 })
    const meta = await sharp(join(dir, 'out.png')).metadata()
    expect([meta.width, meta.height, meta.format]).toEqual([1200, 800, 'png'])

    const pdf = await run(
      '--data-dir',
      data,
      'sign',
      'pdf',
      '--in',
      join(dir, 'contract.pdf'),
      '--pages',
      '1,3',
      '--signature',
      join(dir, 'strokes.json'),
      '--x',
      '0.1',
      '--y',
      '0.1',
      '--width',
      '0.3',
      '--out',
      join(dir, 'c.pdf'),
    )
    expect(pdf).toMatchObject({ code: 0 })
    expect((await PDFDocument.load(readFileSync(join(dir, 'c.pdf')))).getPageCount()).toBe(3)

    const history = await run('--data-dir', data, '--json', 'sign', 'history')
    const records = JSON.parse(history.stdout) as Array<{
      inputName: string
      inputSha256: string
      placements: unknown[]
    }>
    expect(records.map((r) => r.inputName)).toEqual(['contract.pdf', 'scan.jpg'])
    expect(records[1]).toMatchObject({ inputSha256: hash })
    expect(records[0]?.placements).toHaveLength(2)
  })

  it('batch signs every file into the out dir and reports a bad one without stopping', async () => {
    const { dir, data, id } = await workspace()
    writeFileSync(join(dir, 'bad.jpg'), 'not an image')
    const result = await run(
      '--data-dir',
      data,
      '--json',
      'sign',
      'batch',
      '--signature',
      String(id),
      '--x',
      '0.6',
      '--y',
      '0.8',
      '--width',
      '0.3',
      '--pages',
      'all',
      '--out-dir',
      join(dir, 'signed'),
      join(dir, 'scan.jpg'),
      join(dir, 'bad.jpg'),
      join(dir, 'contract.pdf'),
    )
    expect(result.code).toBe(1)
    const { items } = JSON.parse(result.stdout) as {
      items: Array<{ output?: string; error?: { code: string } }>
    }
    expect(items.map((i) => i.error?.code ?? 'ok')).toEqual(['ok', 'INVALID_FILE', 'ok'])
    expect(readdirSync(join(dir, 'signed')).sort()).toEqual(['contract-signed.pdf', 'scan-signed.jpg'])
  })

  it('bad input exits 1 with one line, writes nothing; bad usage exits 2', async () => {
    const { dir, data, id } = await workspace()
    writeFileSync(join(dir, 'locked.pdf'), await encryptedPdf())
    const locked = await run(
      '--data-dir',
      data,
      '--json',
      'sign',
      'pdf',
      '--in',
      join(dir, 'locked.pdf'),
      '--signature',
      String(id),
      '--x',
      '0.1',
      '--y',
      '0.1',
      '--width',
      '0.2',
      '--out',
      join(dir, 'x.pdf'),
    )
    expect(locked.code).toBe(1)
    expect(JSON.parse(locked.stderr)).toMatchObject({
      error: { code: 'INVALID_FILE', details: { reason: 'sign.pdf-encrypted' } },
    })
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false)

    const same = await run(
      '--data-dir',
      data,
      'sign',
      'image',
      '--background',
      join(dir, 'scan.jpg'),
      '--signature',
      String(id),
      '--x',
      '0.1',
      '--y',
      '0.1',
      '--width',
      '0.2',
      '--out',
      join(dir, 'scan.jpg'),
      // Even when replacing is allowed, the original is not replaced.
      '--overwrite',
    )
    expect(same.code).toBe(1)
    expect(same.stderr).toMatch(/cannot replace the original/)

    const usage = await run(
      '--data-dir',
      data,
      'sign',
      'image',
      '--background',
      join(dir, 'scan.jpg'),
      '--out',
      join(dir, 'o.jpg'),
    )
    expect(usage.code).toBe(2)
    expect((await run('--data-dir', data, '--json', 'sign', 'history')).stdout).toBe('[]')
  })
})
