import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { PaperPhoto, SignDocument, Signature, SignRecord } from '../../../shared/contract/sign'
import type { TextOutline } from '../../../shared/contract/sign-marks'
import { HarnessPlatform } from '../harness-platform'
import { openCore } from '../open-core'
import { useTempDirs } from '../test-support/temp-dir'
import { pdfsig } from './certify/test-support/certify-fixtures'
import { contractPdf, sealPhoto } from './test-support/seal-fixtures'
import { scribble } from './test-support/sign-fixtures'

const tempDir = useTempDirs()

async function setup() {
  const dir = tempDir()
  const platform = new HarnessPlatform()
  const core = openCore({ dataDir: join(dir, 'data'), platform })
  const call = async <T>(method: string, input?: unknown): Promise<T> => {
    const result = await core.call(`paperdesk:${method}`, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error)
    return result.value as T
  }
  const list = () => call<Signature[]>('sign.listSignatures')
  return { dir, platform, core, call, list }
}

async function importSeal(s: Awaited<ReturnType<typeof setup>>, red = true) {
  const file = join(s.dir, red ? 'seal.jpg' : 'plain.jpg')
  writeFileSync(file, await sealPhoto(red))
  s.platform.queueOpenFiles([file])
  return (await s.call<PaperPhoto>('signMarks.openSealPhoto')) as PaperPhoto
}

describe('marks for Chinese paperwork, through the contract', () => {
  it('lifts a seal from a photo with a live preview, and keeps it in the library as a seal', async () => {
    const s = await setup()
    const photo = await importSeal(s)
    const { path } = await s.call<{ path: string }>('signMarks.sealPreviewPath', {
      token: photo.token,
      seal: { hue: 0, threshold: 60 },
    })
    expect(path).toBe(`sign-seal/${photo.token}/0-60.png`)
    const served = await s.core.assets.serve('sign-seal', path.slice('sign-seal/'.length))
    expect(served.status).toBe(200)
    const preview = sharp(Buffer.from(await served.arrayBuffer()))
    const meta = await preview.metadata()
    expect(meta.hasAlpha).toBe(true)
    // Round seal, trimmed to its ink: square within a few pixels.
    expect(Math.abs((meta.width ?? 0) - (meta.height ?? 0))).toBeLessThan(8)
    // A hue with no ink in the photo previews nothing.
    const blue = await s.call<{ path: string }>('signMarks.sealPreviewPath', {
      token: photo.token,
      seal: { hue: 220, threshold: 60 },
    })
    expect((await s.core.assets.serve('sign-seal', blue.path.slice(10))).status).toBe(404)

    const seal = await s.call<Signature>('signMarks.saveSeal', {
      token: photo.token,
      name: '合同专用章',
      seal: { hue: 0, threshold: 60 },
    })
    expect(seal).toMatchObject({ name: '合同专用章', role: 'seal', isDefault: false, vector: false })
    expect(seal.aspect).toBeGreaterThan(0.97)
    expect(seal.aspect).toBeLessThan(1.03)
    expect((await s.list()).map((x) => [x.name, x.role])).toEqual([['合同专用章', 'seal']])
    s.core.close()
  })

  it('refuses a photo with no seal in it, keeping nothing', async () => {
    const s = await setup()
    const photo = await importSeal(s, false)
    await expect(
      s.call('signMarks.saveSeal', { token: photo.token, name: '公章', seal: { hue: 0, threshold: 60 } }),
    ).rejects.toMatchObject({ code: 'INVALID_FILE', details: { reason: 'sign.seal-no-red' } })
    expect(await s.list()).toEqual([])
    s.core.close()
  })

  it('makes a mark of text from the font, and names a character the font lacks, keeping nothing', async () => {
    const s = await setup()
    const outline = await s.call<TextOutline>('signMarks.textOutline', { text: '已核对' })
    expect(outline.paths.length).toBeGreaterThan(0)
    // Three full-width characters: three em wide, about one em high.
    expect(outline.viewBox[2]).toBeCloseTo(3000, -1)
    const mark = await s.call<Signature>('signMarks.saveTextMark', { text: ' 王晓明 ' })
    expect(mark).toMatchObject({ name: '王晓明', role: 'signature', vector: true, kind: 'svg' })
    expect(mark.aspect).toBeGreaterThan(2)

    for (const method of ['signMarks.saveTextMark', 'signMarks.textOutline'])
      await expect(s.call(method, { text: '王𠮷明' })).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { reason: 'sign.stamp-chars', chars: '𠮷' },
      })
    await expect(s.call('signMarks.saveTextMark', { text: '   ' })).rejects.toMatchObject({
      details: { reason: 'sign.text-mark-empty' },
    })
    expect((await s.list()).map((x) => x.name)).toEqual(['王晓明'])
    s.core.close()
  })

  it('refuses a cross-page seal on a one-page PDF, writing nothing', async () => {
    const s = await setup()
    const photo = await importSeal(s)
    const seal = await s.call<Signature>('signMarks.saveSeal', { token: photo.token, name: '公章', seal: {} })
    const pdf = join(s.dir, 'one.pdf')
    writeFileSync(pdf, await contractPdf(1))
    const doc = await s.call<SignDocument>('sign.openDocument', { path: pdf })
    const out = join(s.dir, 'one-signed.pdf')
    s.platform.queueSavePath(out)
    await expect(
      s.call('sign.exportDocument', {
        token: doc.token,
        placements: [],
        output: { format: 'pdf' },
        crossSeal: { sealId: seal.id },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { reason: 'sign.cross-seal-one-page' } })
    expect(existsSync(out)).toBe(false)
    expect(await s.call('sign.listHistory', {})).toEqual([])
    // Nothing to place at all is refused by the contract.
    await expect(
      s.call('sign.exportDocument', { token: doc.token, placements: [], output: { format: 'pdf' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' })
    s.core.close()
  })

  it('puts a cross-page seal and a certificate signature in one save, in the audit trail', async () => {
    const s = await setup()
    const photo = await importSeal(s)
    const seal = await s.call<Signature>('signMarks.saveSeal', { token: photo.token, name: '公章', seal: {} })
    const signature = await s.call<Signature>('sign.saveDrawnSignature', {
      name: '张三',
      strokes: scribble(),
    })
    const identity = await s.call<{ id: number }>('certify.createIdentity', {
      commonName: '张三',
      passphrase: 'correct horse',
    })
    const pdf = join(s.dir, 'contract.pdf')
    writeFileSync(pdf, await contractPdf(5))
    const doc = await s.call<SignDocument>('sign.openDocument', { path: pdf })
    const out = join(s.dir, 'contract-signed.pdf')
    s.platform.queueSavePath(out)
    const done = await s.call<{ record: SignRecord }>('sign.exportDocument', {
      token: doc.token,
      placements: [{ signatureId: signature.id, page: 4, x: 0.5, y: 0.7, width: 0.25 }],
      output: { format: 'pdf' },
      certify: { identityId: identity.id, passphrase: 'correct horse', reason: '同意' },
      crossSeal: { sealId: seal.id, edge: 'right', y: 0.4, width: 0.15, pages: '1-5' },
    })
    const { record } = done
    expect(record.certification).not.toBeNull()
    expect(record.placements.map((p) => [p.page, p.signatureName, p.strip ?? null])).toEqual([
      [4, '张三', null],
      [0, '公章', '1/5'],
      [1, '公章', '2/5'],
      [2, '公章', '3/5'],
      [3, '公章', '4/5'],
      [4, '公章', '5/5'],
    ])
    // Every strip flush with the right edge at the same height.
    for (const p of record.placements.slice(1)) {
      expect(p.x + p.width).toBeCloseTo(1, 6)
      expect(p.y).toBeCloseTo(record.placements[1]!.y, 6)
    }
    expect(pdfsig(out)).toContain('Signature is Valid')
    expect((await s.call<SignRecord[]>('sign.listHistory', {}))[0]?.placements).toHaveLength(6)
    s.core.close()
  })

  it('seals scanned pages as one document: one strip per scan, written all together, or none', async () => {
    const s = await setup()
    const photo = await importSeal(s)
    const seal = await s.call<Signature>('signMarks.saveSeal', { token: photo.token, name: '公章', seal: {} })
    const page = await sharp({ create: { width: 620, height: 877, channels: 3, background: '#f4f2ec' } })
      .jpeg()
      .toBuffer()
    const scans = [1, 2, 3].map((n) => join(s.dir, `p${n}.jpg`))
    for (const f of scans) writeFileSync(f, page)
    s.platform.queueOpenFiles(scans)
    const result = await s.call<{ items: Array<{ input: string; output?: string }> }>(
      'signMarks.crossSealScans',
      {
        crossSeal: { sealId: seal.id, width: 0.2 },
      },
    )
    expect(result.items.map((i) => i.output)).toEqual(scans.map((f) => f.replace('.jpg', '-signed.jpg')))
    const history = await s.call<SignRecord[]>('sign.listHistory', {})
    expect(history.map((r) => r.placements[0]?.strip).sort()).toEqual(['1/3', '2/3', '3/3'])
    // The right edge of page 1 is red where its strip is, and its left edge is not.
    const { data, info } = await sharp(scans[0]!.replace('.jpg', '-signed.jpg'))
      .raw()
      .toBuffer({ resolveWithObject: true })
    const redAt = (x: number, y: number) => {
      const i = (y * info.width + x) * info.channels
      return (data[i] as number) > 150 && (data[i + 1] as number) < 120
    }
    let edge = 0
    for (let y = 300; y < 580; y++) if (redAt(info.width - 3, y)) edge++
    expect(edge).toBeGreaterThan(10)

    // One scan that is not an image: nothing is written for any of them.
    const broken = join(s.dir, 'broken.jpg')
    writeFileSync(broken, 'not an image')
    s.platform.queueOpenFiles([join(s.dir, 'p1.jpg'), broken])
    await expect(
      s.call('signMarks.crossSealScans', { crossSeal: { sealId: seal.id, width: 0.2 } }),
    ).rejects.toMatchObject({ code: 'INVALID_FILE' })
    expect(existsSync(join(s.dir, 'p1-signed-2.jpg'))).toBe(false)
    expect(await s.call<SignRecord[]>('sign.listHistory', {})).toHaveLength(3)
    s.core.close()
  })
})
