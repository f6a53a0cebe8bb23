import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/errors'
import { useTempDirs } from '../../test-support/temp-dir'
import { filingCatalog } from '../filing-catalog'
import { crc32 } from '../inspect/crc32'
import { filingCore } from '../test-support/filing-core'
import { SECOND_ID, validForm } from '../test-support/valid-form'
import { sheetHtml } from './sheet-html'

const tempDir = useTempDirs()
let core: ReturnType<typeof filingCore> | undefined
afterEach(() => core?.close())

const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
const pdfInfo = (path: string) =>
  Object.fromEntries(
    execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]]),
  ) as Record<string, string>

async function filingWithPhoto(dir: string) {
  core = filingCore(join(dir, 'data'), '2026-03-12T09:00:00+08:00')
  const { id } = await core.filing.create({
    appName: '备案助手',
    provider: 'aliyun',
    filingType: 'first',
    province: '11',
  })
  await core.filing.saveForm({ id, form: validForm() })
  const photo = join(dir, 'id-front.png')
  await sharp({ create: { width: 400, height: 250, channels: 3, background: '#c8d8ea' } })
    .png()
    .toFile(photo)
  core.platform.queueOpenFiles([photo])
  const attached = await core.filing.attach({ id, materialKey: 'principal-id-photos' })
  return { id, attached }
}

describe('filing outputs', () => {
  it('attaches a real image as a shared blob and ticks its material', async () => {
    const { attached } = await filingWithPhoto(tempDir())
    expect(attached?.attachments).toEqual([
      expect.objectContaining({
        name: 'id-front.png',
        mime: 'image/png',
        materialKey: 'principal-id-photos',
      }),
    ])
    expect(attached?.materials.find((m) => m.key === 'principal-id-photos')).toMatchObject({
      ready: true,
      attachments: 1,
    })
    const sha = attached?.attachments[0]?.sha256 as string
    expect(core?.blobs.meta(sha)).toMatchObject({ mime: 'image/png' })
  })

  it('refuses a file that is neither an image nor a PDF, and stores none of the files picked with it', async () => {
    const dir = tempDir()
    const { id } = await filingWithPhoto(dir)
    const fake = join(dir, 'licence.png')
    writeFileSync(fake, 'not really a png')
    const good = join(dir, 'letter.pdf')
    writeFileSync(good, '%PDF-1.7\n%%EOF\n')
    core?.platform.queueOpenFiles([good, fake])
    const error = await Promise.resolve(core?.filing.attach({ id, materialKey: '' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).details).toMatchObject({
      reason: 'filing.attachment-unsupported',
      name: 'licence.png',
    })
    expect(core?.store.db.prepare('SELECT count(*) AS n FROM filing_attachment').get()).toEqual({ n: 1 })
  })

  it('refuses a picture whose pixels are cut short or too many, so the export can always draw its attachments', async () => {
    const dir = tempDir()
    const { id } = await filingWithPhoto(dir)
    const photo = await sharp({
      create: {
        width: 600,
        height: 400,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .png()
      .toBuffer()
    const cut = join(dir, 'cut.png')
    writeFileSync(cut, photo.subarray(0, photo.length >> 1))
    const bomb = join(dir, 'bomb.png')
    const header = Buffer.from(photo)
    header.writeUInt32BE(100_000, 16)
    header.writeUInt32BE(100_000, 20)
    header.writeUInt32BE(crc32(header.subarray(12, 29)), 29)
    writeFileSync(bomb, header)
    for (const [file, name] of [
      [cut, 'cut.png'],
      [bomb, 'bomb.png'],
    ] as const) {
      core?.platform.queueOpenFiles([file])
      const error = await Promise.resolve(core?.filing.attach({ id, materialKey: '' })).catch(
        (e: unknown) => e,
      )
      expect((error as AppError).details).toMatchObject({ reason: 'filing.attachment-damaged', name })
    }
    expect(core?.store.db.prepare('SELECT count(*) AS n FROM filing_attachment').get()).toEqual({ n: 1 })
  })

  it('prints the summary sheet: every section, Chinese text, IDs masked unless asked, numbered pages', async () => {
    const dir = tempDir()
    const { id } = await filingWithPhoto(dir)
    const masked = join(dir, 'masked.pdf')
    core?.platform.queueSavePath(masked)
    expect(
      await core?.filing.exportPdf({ id, masked: true, locale: 'zh-CN', what: 'summary' }),
    ).toMatchObject({ path: masked })
    const text = pdfText(masked)
    for (const title of [
      'APP 备案信息汇总表',
      '主办者信息',
      '负责人',
      'APP 基本信息',
      '运行平台与 APP 特征信息',
      '域名与 IP',
      '材料清单',
      '进度',
    ])
      expect(text).toContain(title)
    expect(text).toContain('北京纸桌科技有限公司')
    expect(text).toContain('1101**********002X')
    expect(text).toContain('138****8000')
    expect(text).not.toContain('11010519491231002X')
    expect(text).not.toContain(SECOND_ID)
    // The document's title is the filing's name (poppler reads the PDF's document info).
    expect(pdfInfo(masked).Title).toBe('备案助手 · APP 备案信息汇总表')
    const pages = (await PDFDocument.load(readFileSync(masked))).getPageCount()
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(text).toContain(`1 / ${pages}`)
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])

    const full = join(dir, 'full.pdf')
    core?.platform.queueSavePath(full)
    await core?.filing.exportPdf({ id, masked: false, locale: 'en', what: 'summary' })
    const fullText = pdfText(full)
    expect(fullText).toContain('11010519491231002X')
    expect(fullText).toContain('13800138000')
    expect(fullText).toContain('Organizer')
    expect(pdfInfo(full).Title).toBe('备案助手 · APP filing summary sheet')
    // The unmasked sheet carries the ID photo; the masked one leaves images out.
    expect(
      execFileSync('pdfimages', ['-list', full], { encoding: 'utf8' }).split('\n').length,
    ).toBeGreaterThan(3)
    expect(
      execFileSync('pdfimages', ['-list', masked], { encoding: 'utf8' }).trim().split('\n'),
    ).toHaveLength(2)
  }, 60_000)

  it('a cancelled save dialog writes nothing', async () => {
    const dir = tempDir()
    const { id } = await filingWithPhoto(dir)
    core?.platform.queueSavePath(null)
    expect(await core?.filing.exportPdf({ id, masked: true, locale: 'en', what: 'checklist' })).toBeNull()
  })

  it('prints the materials checklist alone', async () => {
    const dir = tempDir()
    const { id } = await filingWithPhoto(dir)
    const out = join(dir, 'checklist.pdf')
    core?.platform.queueSavePath(out)
    await core?.filing.exportPdf({ id, masked: true, locale: 'en', what: 'checklist' })
    const text = pdfText(out)
    expect(text).toContain('APP filing materials checklist')
    expect(text).toContain('Business licence')
    expect(text).toContain('id-front.png')
    expect(text).not.toContain('Organizer name')
  }, 60_000)

  it('escapes what the user typed in the sheet’s HTML', async () => {
    core = filingCore(tempDir(), '2026-03-12T09:00:00+08:00')
    const { id } = await core.filing.create({
      appName: '<script>x</script>',
      provider: 'aliyun',
      filingType: 'first',
      province: '',
    })
    const detail = await core.filing.get({ id })
    const html = sheetHtml(detail, filingCatalog, {
      locale: 'en',
      masked: true,
      what: 'summary',
      images: new Map(),
      generatedAt: new Date(),
    })
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })
})
