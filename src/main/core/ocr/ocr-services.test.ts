import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { JobStatus, Note, OcrDocument, OcrResultView, SearchResult } from '../../../shared/contract'
import { OcrResultSchema } from '../../../shared/contract'
import { HarnessPlatform } from '../harness-platform'
import { openCore, type Core } from '../open-core'
import { useTempDirs } from '../test-support/temp-dir'
import { scannedPdf, textImage } from './test-support/scans'

const tempDir = useTempDirs()
// Model loading and a page or two each: slower than most tests, fine on two shared cores.
const SLOW = 180_000
const cores: Core[] = []
afterAll(() => cores.forEach((core) => core.close()))

function setup() {
  const dir = tempDir()
  const platform = new HarnessPlatform()
  const core = openCore({ dataDir: join(dir, 'data'), platform })
  cores.push(core)
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await core.call(`paperdesk:${channel}`, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error)
    return result.value as T
  }
  /** The error a call fails with, as the renderer gets it. */
  const refusal = async (channel: string, input?: unknown) => {
    const result = await core.call(`paperdesk:${channel}`, input)
    if (result.ok) throw new Error(`${channel} did not fail`)
    return result.error
  }
  const finished = async (jobId: string): Promise<JobStatus> => {
    for (;;) {
      const status = await call<JobStatus>('jobs.status', { id: jobId })
      if (status.state !== 'running') return status
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const open = async (path: string) => {
    platform.queueOpenFiles([path])
    return (await call<OcrDocument | null>('ocr.open')) as OcrDocument
  }
  return { dir, platform, core, call, refusal, finished, open }
}

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')

describe('ocr services', () => {
  it(
    'reads an opened picture as lines with boxes and confidence, and makes a note of it that search finds',
    async () => {
      const { dir, core, call, finished, open } = setup()
      const path = join(dir, '合同.png')
      writeFileSync(path, await textImage(['甲方：北京某某科技有限公司', '合同编号 HT-2024-08']))
      const doc = await open(path)
      expect(doc).toMatchObject({ name: '合同.png', kind: 'image', pageCount: 1, signatures: 0 })
      const picture = await core.assets.serve('ocr-doc', `${doc.token}/1.jpg`)
      expect(picture.status).toBe(200)
      expect((await core.assets.serve('ocr-doc', `${doc.token}/2.jpg`)).status).toBe(404)

      const { jobId } = await call<{ jobId: string }>('ocr.recognize', { token: doc.token })
      const status = await finished(jobId)
      expect(status).toMatchObject({ state: 'done', done: 1, total: 1 })
      const result: OcrResultView = OcrResultSchema.parse(status.result)
      const lines = result.pages[0]!.lines
      expect(lines.map((l) => squeeze(l.text))).toEqual(['甲方:北京某某科技有限公司', '合同编号HT-2024-08'])
      expect(lines[0]!.confidence).toBeGreaterThan(0.9)
      expect(lines[0]!.box.width).toBeGreaterThan(300)

      const corrected = `${result.text}\n已核对`
      const { noteId } = await call<{ noteId: number }>('ocr.makeNote', {
        token: doc.token,
        title: '合同扫描件',
        text: corrected,
      })
      const note = await call<Note>('notes.get', { id: noteId })
      expect(note.title).toBe('合同扫描件')
      expect(note.html).toContain('已核对')
      // The scan is attached as a stored picture of the note.
      expect(note.html).toMatch(/<img src="[^"]*blob\/[0-9a-f]{64}"/)
      const found = await call<SearchResult>('notes.search', { query: '科技有限公司' })
      expect(found.hits.map((h) => h.id)).toEqual([noteId])
    },
    SLOW,
  )

  it(
    'reads the chosen pages of a PDF; a blank page is empty text, not an error',
    async () => {
      const { dir, call, finished, open } = setup()
      const path = join(dir, 'scan.pdf')
      const blank = await textImage([], { width: 1240, height: 1754 })
      const written = await textImage(['第二页 发票'], { width: 1240, height: 1754, fontSize: 60 })
      writeFileSync(path, await scannedPdf([blank, written]))
      const doc = await open(path)
      expect(doc).toMatchObject({ kind: 'pdf', pageCount: 2 })
      const { jobId } = await call<{ jobId: string }>('ocr.recognize', { token: doc.token, pages: '1-2' })
      const status = await finished(jobId)
      expect(status.state).toBe('done')
      const result = OcrResultSchema.parse(status.result)
      expect(result.pages.map((p) => [p.page, squeeze(p.text)])).toEqual([
        [1, ''],
        [2, '第二页发票'],
      ])
      const { noteId } = await call<{ noteId: number }>('ocr.makeNote', {
        token: doc.token,
        pages: '2',
        title: '发票',
        text: result.text,
      })
      const note = await call<Note>('notes.get', { id: noteId })
      expect(note.html.match(/<img /g)).toHaveLength(1)
    },
    SLOW,
  )

  it(
    'refuses a file that is not an image, in the user’s words, and keeps nothing open',
    async () => {
      const { dir, refusal, platform, call } = setup()
      const path = join(dir, 'notes.png')
      writeFileSync(path, 'this is plain text, not a picture')
      platform.queueOpenFiles([path])
      const error = await refusal('ocr.open')
      expect(error.code).toBe('INVALID_FILE')
      expect(error.details).toMatchObject({ reason: 'ocr.not-an-image', name: 'notes.png' })
      // A made-up token reads nothing and makes no note.
      expect((await refusal('ocr.makeNote', { token: 'nope', title: 't', text: 'x' })).details).toMatchObject(
        {
          reason: 'ocr.scan-closed',
        },
      )
      expect((await call<{ total: number }>('notes.list', { scope: { kind: 'all' } })).total).toBe(0)
    },
    SLOW,
  )

  it(
    'never rewrites a signed PDF without consent; with it, writes an unsigned searchable copy',
    async () => {
      const { dir, platform, call, refusal, finished, open } = setup()
      const { certifyWorkspace } = await import('../sign/certify/test-support/certify-fixtures')
      const work = await certifyWorkspace(join(dir, 'certify'))
      const scan = join(dir, 'scan.pdf')
      writeFileSync(
        scan,
        await scannedPdf([await textImage(['已签署的合同'], { width: 1240, height: 1754 })]),
      )
      const signed = join(dir, 'signed.pdf')
      await work.sign(scan, signed)
      work.store.close()
      const doc = await open(signed)
      expect(doc.signatures).toBe(1)
      const out = join(dir, 'copy.pdf')
      platform.queueSavePath(out)
      const error = await refusal('ocr.searchableCopy', { token: doc.token })
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        details: { reason: 'ocr.signed-pdf', name: 'signed.pdf' },
      })
      expect(existsSync(out)).toBe(false)

      const { jobId } = await call<{ jobId: string }>('ocr.searchableCopy', {
        token: doc.token,
        unsignedCopy: true,
      })
      const status = await finished(jobId)
      expect(status).toMatchObject({ state: 'done', result: { name: 'copy.pdf', signaturesDropped: 1 } })
      expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('已签署的合同')
      expect(readdirSync(dir).sort()).toEqual(['certify', 'copy.pdf', 'data', 'scan.pdf', 'signed.pdf'])
    },
    SLOW,
  )

  it(
    'reads the pictures of notes when asked, so search finds words inside them, marked as such',
    async () => {
      const { call, finished, platform } = setup()
      const picture = await textImage(['营业执照 统一社会信用代码'])
      const html = `<p>附件</p><p><img src="data:image/png;base64,${picture.toString('base64')}"></p>`
      await call<Note>('notes.create', { title: '证照', html })
      expect(await call('ocr.indexStatus')).toEqual({ pending: 1, running: false })
      expect((await call<SearchResult>('notes.search', { query: '营业执照' })).hits).toEqual([])
      const { jobId } = await call<{ jobId: string }>('ocr.indexNow')
      expect(await finished(jobId)).toMatchObject({ state: 'done', result: { imagesRead: 1, pending: 0 } })
      const [hit] = (await call<SearchResult>('notes.search', { query: '营业执照' })).hits
      expect(hit).toMatchObject({ title: '证照', inImage: true })
      await call('ocr.copyText', { text: '营业执照' })
      expect(platform.clipboardWrites).toEqual(['营业执照'])
    },
    SLOW,
  )
})
