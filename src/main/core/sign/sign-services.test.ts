import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import type { BatchResult, SignDocument } from '../../../shared/contract/sign'
import { HarnessPlatform } from '../harness-platform'
import { openCore } from '../open-core'
import { useTempDirs } from '../test-support/temp-dir'
import { plainImage, scribble, threePagePdf } from './test-support/sign-fixtures'

const tempDir = useTempDirs()

async function setup() {
  const dir = tempDir()
  const platform = new HarnessPlatform()
  const core = openCore({ dataDir: join(dir, 'data'), platform })
  const call = async <T>(method: string, input?: unknown): Promise<T> => {
    const result = await core.call(`paperdesk:sign.${method}`, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error)
    return result.value as T
  }
  const signature = await call<{ id: number; previewPath: string; isDefault: boolean }>(
    'saveDrawnSignature',
    {
      name: '签名',
      strokes: scribble(),
    },
  )
  return { dir, platform, core, call, signature }
}

describe('sign services', () => {
  it('serves previews through paperdesk-asset, not the contract', async () => {
    const { dir, platform, core, call, signature } = await setup()
    expect(signature.isDefault).toBe(true)
    const preview = await core.assets.serve('signature', signature.previewPath.slice('signature/'.length))
    expect(preview.status).toBe(200)
    expect((await sharp(Buffer.from(await preview.arrayBuffer())).metadata()).hasAlpha).toBe(true)

    const scan = join(dir, 'big.jpg')
    writeFileSync(scan, await plainImage(4000, 3000))
    platform.queueOpenFiles([scan])
    const doc = await call<SignDocument>('openDocument', {})
    expect(doc).toMatchObject({
      kind: 'image',
      pages: [{ width: 4000, height: 3000 }],
      defaultFormat: 'jpeg',
    })
    // An image has no pages to draw.
    expect((await core.assets.serve('sign-doc', `${doc.token}/page-0-640.jpg`)).status).toBe(404)
    const [kind, ...rest] = doc.assetPath.split('/')
    const served = await core.assets.serve(kind as string, rest.join('/'))
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBeLessThanOrEqual(2000)
    core.close()
  })

  it('serves a PDF as pages drawn by main at the widths asked, and nothing once it is closed', async () => {
    const { dir, platform, core, call } = await setup()
    const pdf = join(dir, 'deal.pdf')
    writeFileSync(pdf, await threePagePdf())
    platform.queueOpenFiles([pdf])
    const doc = await call<SignDocument>('openDocument', {})
    const page = (file: string) => core.assets.serve('sign-doc', `${doc.token}/${file}`)
    const first = await page('page-0-640.jpg')
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('image/jpeg')
    const meta = await sharp(Buffer.from(await first.arrayBuffer())).metadata()
    expect(meta.width).toBe(640)
    expect(meta.height).toBe(Math.floor((640 * doc.pages[0]!.height) / doc.pages[0]!.width))
    const [kind, ...rest] = doc.assetPath.split('/')
    expect((await core.assets.serve(kind as string, rest.join('/'))).status).toBe(200)
    // Only pages it has, at widths in steps, by the names main gives.
    expect((await page('page-3-640.jpg')).status).toBe(404)
    expect((await page('page-0-650.jpg')).status).toBe(404)
    expect((await page('page-0-8192.jpg')).status).toBe(404)
    expect((await page('document.pdf')).status).toBe(404)
    await call('closeDocument', { token: doc.token })
    expect((await page('page-0-640.jpg')).status).toBe(404)
    core.close()
  })

  it('exports to the chosen path beside the input by default, and refuses to overwrite the input', async () => {
    const { dir, platform, core, call, signature } = await setup()
    const pdf = join(dir, 'deal.pdf')
    writeFileSync(pdf, await threePagePdf())
    platform.queueOpenFiles([pdf])
    const doc = await call<SignDocument>('openDocument', {})
    const placements = [{ signatureId: signature.id, page: 2, x: 0.5, y: 0.5, width: 0.3 }]

    platform.queueSavePath(null)
    expect(
      await call('exportDocument', { token: doc.token, placements, output: { format: 'pdf' } }),
    ).toBeNull()

    platform.queueSavePath(pdf)
    await expect(
      call('exportDocument', { token: doc.token, placements, output: { format: 'pdf' } }),
    ).rejects.toMatchObject({
      details: { reason: 'sign.output-is-input' },
    })

    platform.queueSavePath(join(dir, 'deal-signed'))
    const done = await call<{ outputPath: string }>('exportDocument', {
      token: doc.token,
      placements,
      output: { format: 'pdf' },
    })
    expect(done.outputPath).toBe(join(dir, 'deal-signed.pdf'))
    expect(existsSync(done.outputPath)).toBe(true)
    core.close()
  })

  it('exports the history as CSV and JSON through a save dialog', async () => {
    const { dir, platform, core, call, signature } = await setup()
    const scan = join(dir, '合同,扫描.png')
    writeFileSync(scan, await plainImage(600, 400, { format: 'png' }))
    platform.queueOpenFiles([scan])
    const doc = await call<SignDocument>('openDocument', {})
    platform.queueSavePath(join(dir, 'out.png'))
    await call('exportDocument', {
      token: doc.token,
      placements: [{ signatureId: signature.id, page: 0, x: 0.1, y: 0.1, width: 0.4 }],
      output: { format: 'png' },
    })
    platform.queueSavePath(join(dir, 'history.csv'))
    expect(await call('exportHistory', { format: 'csv' })).toMatchObject({ count: 1 })
    const csv = readFileSync(join(dir, 'history.csv'), 'utf8')
    expect(csv.startsWith('\uFEFFid,created_at,input_name')).toBe(true)
    expect(csv).toContain('"合同,扫描.png"')
    platform.queueSavePath(join(dir, 'history.json'))
    await call('exportHistory', { format: 'json' })
    const json = JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')) as {
      records: Array<{ inputName: string }>
    }
    expect(json.records.map((r) => r.inputName)).toEqual(['合同,扫描.png'])
    core.close()
  })

  it('a batch signs each file beside itself, reports the bad one, and records the rest', async () => {
    const { dir, platform, core, call, signature } = await setup()
    const files = [join(dir, 'a.jpg'), join(dir, 'b.txt.jpg'), join(dir, 'c.pdf')]
    writeFileSync(files[0] as string, await plainImage(800, 600))
    writeFileSync(files[1] as string, 'not an image')
    writeFileSync(files[2] as string, await threePagePdf())
    platform.queueOpenFiles(files)
    const started = await call<{ jobId: string }>('startBatch', {
      placement: { signatureId: signature.id, x: 0.55, y: 0.6, width: 0.3 },
      pages: 'all',
    })
    const status = await core.jobs.settled(started.jobId)
    expect(status.state).toBe('done')
    const result = status.result as BatchResult
    expect(
      result.items.map((i) => (i.error ? (i.error.details as { reason: string }).reason : 'ok')),
    ).toEqual(['ok', 'sign.not-an-image', 'ok'])
    expect(readdirSync(dir).sort()).toEqual([
      'a-signed.jpg',
      'a.jpg',
      'b.txt.jpg',
      'c-signed.pdf',
      'c.pdf',
      'data',
    ])
    const history = await call<Array<{ origin: string; placements: unknown[] }>>('listHistory', {})
    expect(history.map((h) => [h.origin, h.placements.length])).toEqual([
      ['batch', 3],
      ['batch', 1],
    ])
    core.close()
  })

  it('a cancelled batch writes nothing and records nothing', async () => {
    const { dir, platform, core, call, signature } = await setup()
    const files = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const file = join(dir, `scan${n}.jpg`)
        writeFileSync(file, await plainImage(2400, 1800))
        return file
      }),
    )
    platform.queueOpenFiles(files)
    const started = await call<{ jobId: string }>('startBatch', {
      placement: { signatureId: signature.id, x: 0.1, y: 0.1, width: 0.3 },
    })
    // Cancel once the first copy is staged (a temp file beside it), so there is something to undo.
    while (core.jobs.status(started.jobId).done < 1) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(readdirSync(dir).some((f) => f.includes('.partial-'))).toBe(true)
    core.jobs.cancel(started.jobId)
    const status = await core.jobs.settled(started.jobId)
    expect(status.state).toBe('cancelled')
    expect(readdirSync(dir).sort()).toEqual(['data', ...files.map((f) => f.split('/').at(-1))].sort())
    expect(await call('listHistory', {})).toEqual([])
    core.close()
  })
})
