import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createDeflateRaw } from 'node:zlib'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../../test-support/temp-dir'
import { openTestNotes } from '../test-notes-core'
import { importFiles } from './import-files'
import { markdownDepth } from './render-markdown'

const tempDir = useTempDirs()

/** `mb` megabytes of zeros, deflated as a stream (never held whole): about 1 000 : 1. */
async function deflatedZeros(mb: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => out.push(chunk))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  const block = Buffer.alloc(1024 * 1024)
  for (let i = 0; i < mb; i++) if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r))
  deflate.end()
  await done
  return Buffer.concat(out)
}

/** A zip of one deflated part, `word/document.xml`, that declares `declared` bytes unpacked. */
function zipOfOnePart(deflated: Buffer, declared: number): Buffer {
  const name = Buffer.from('word/document.xml')
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(20, 4)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(deflated.length, 18)
  local.writeUInt32LE(declared, 22)
  local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 6)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(deflated.length, 20)
  central.writeUInt32LE(declared, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt32LE(0, 42)
  const cdAt = local.length + name.length + deflated.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(cdAt, 16)
  return Buffer.concat([local, name, deflated, central, name, end])
}

let zeros: Buffer
beforeAll(async () => {
  zeros = await deflatedZeros(300)
}, 60_000)

async function refusal(name: string, content: string | Buffer) {
  const dir = tempDir()
  const t = openTestNotes(dir)
  writeFileSync(join(dir, name), content)
  const started = Date.now()
  const error = await importFiles(t.core, [join(dir, name)], null).then(
    () => null,
    (e: unknown) => e,
  )
  const count = t.core.notebooks.overview().counts.all
  t.close()
  expect(count, 'nothing imported').toBe(0)
  return { error, ms: Date.now() - started }
}

describe('importing files people were sent', () => {
  it('refuses a .docx that unpacks to 300 MB before inflating it', async () => {
    const heap = process.memoryUsage().heapUsed
    const { error, ms } = await refusal('bomb.docx', zipOfOnePart(zeros, 300 * 1024 * 1024))
    expect(error).toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'notes.import-docx-too-large', name: 'bomb.docx', limitMb: 256 },
    })
    expect(ms).toBeLessThan(2000)
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(64 * 1024 * 1024)
  })

  it('refuses a .docx whose part lies about its size, stopping at the size it claims', async () => {
    const { error } = await refusal('liar.docx', zipOfOnePart(zeros, 1000))
    expect(error).toMatchObject({ details: { reason: 'notes.import-docx-too-large' } })
  })

  it.each([
    ['quotes 100 deep', '>'.repeat(100) + ' deep'],
    ['quotes 3 000 deep', '> '.repeat(3000) + 'deep'],
    ['lists 100 deep', '- '.repeat(100) + 'deep'],
    ['indented lists 300 deep', Array.from({ length: 300 }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n')],
    ['emphasis 5 000 deep', '*'.repeat(5000) + 'x' + '*'.repeat(5000)],
    ['quotes 50 000 deep', '>'.repeat(50_000)],
  ])('refuses Markdown nested too deep (%s) with one translated reason', async (_, text) => {
    const { error, ms } = await refusal('deep.md', text)
    expect(error).toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'notes.import-too-deep', name: 'deep.md', max: 100 },
    })
    expect(ms).toBeLessThan(2000)
  })

  it('still imports Markdown nested as people write it', async () => {
    const text = '> quote\n> > reply\n\n- a\n  - b\n    - c\n\n**bold** and _it_ [link](https://ok.cn)\n'
    expect(markdownDepth(text)).toBeLessThan(5)
    const dir = tempDir()
    const t = openTestNotes(dir)
    writeFileSync(join(dir, 'fine.md'), text)
    const result = await importFiles(t.core, [join(dir, 'fine.md')], null)
    expect(result.imported).toHaveLength(1)
    t.close()
  })

  it('imports Markdown whose image link has a malformed % escape (read as written)', async () => {
    const dir = tempDir()
    const t = openTestNotes(dir)
    mkdirSync(join(dir, 'pics'))
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#00f' } })
      .png()
      .toBuffer()
    writeFileSync(join(dir, 'pics', '100%.png'), png)
    writeFileSync(join(dir, 'odd.md'), 'text ![a](pics/100%.png) ![b](pics/%E0%A4%A.png)\n')
    const result = await importFiles(t.core, [join(dir, 'odd.md')], null)
    const html = t.core.notes.get(result.imported[0]!.id).html
    expect(html).toContain('text')
    // The image named with a bare % is read as written; the broken escape names no file and goes.
    expect(html.match(/<img/g)).toHaveLength(1)
    t.close()
  })
})
