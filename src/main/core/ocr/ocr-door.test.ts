import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/app-error'
import { useTempDirs } from '../test-support/temp-dir'
import { createOcrDoor, type OcrDoor } from './ocr-door'
import { encryptedPdf, pixelBombPng, scannedPdf, textImage } from './test-support/scans'

const tempDir = useTempDirs()
let door: OcrDoor
// Model loading and one page each: slower than most tests, fine on two shared cores.
const SLOW = 120_000

beforeAll(() => {
  // Pages are drawn at 100 dpi: the test scans use large type, and smaller pages read faster.
  door = createOcrDoor({ dpi: 100 })
})
afterAll(() => door.close())

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  return ((error as AppError).details as { reason?: string } | undefined)?.reason ?? (error as AppError).code
}

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')

describe('reading text out of a scan', () => {
  it(
    'reads printed Chinese and English from a picture, line by line, with boxes and confidence',
    async () => {
      const dir = tempDir()
      const path = join(dir, 'contract.png')
      writeFileSync(
        path,
        await textImage(['甲方：北京某某科技有限公司', 'Party B: Shanghai Example Trading Co., Ltd.']),
      )
      const result = await door.recognizeFile(path)
      expect(result.kind).toBe('image')
      const [page] = result.pages
      expect(page!.lines.map((l) => squeeze(l.text))).toEqual([
        '甲方:北京某某科技有限公司',
        'PartyB:ShanghaiExampleTradingCo.,Ltd.',
      ])
      const first = page!.lines[0]!
      // The first line sits at the top left, where it was printed (baseline 70 px, 44 px type).
      expect(first.box.x).toBeGreaterThan(40)
      expect(first.box.x).toBeLessThan(80)
      expect(first.box.y).toBeGreaterThan(20)
      expect(first.box.y + first.box.height).toBeLessThan(100)
      expect(first.confidence).toBeGreaterThan(0.9)
      expect(page!.unit).toBe('px')
    },
    SLOW,
  )

  it(
    'reads the chosen page of a scanned PDF, in page points; a blank page is empty text',
    async () => {
      const dir = tempDir()
      const path = join(dir, 'scan.pdf')
      const blank = await textImage([], { width: 1240, height: 1754 })
      const written = await textImage(['第二页 合同编号 HT-2024-08'], {
        width: 1240,
        height: 1754,
        fontSize: 40,
      })
      writeFileSync(path, await scannedPdf([blank, written]))
      const progress: number[] = []
      const result = await door.recognizeFile(path, {
        pages: '2,1',
        onProgress: (p) => progress.push(p.done),
      })
      expect(result).toMatchObject({ kind: 'pdf', pageCount: 2 })
      expect(result.pages.map((p) => p.page)).toEqual([2, 1])
      expect(squeeze(result.pages[0]!.text)).toBe('第二页合同编号HT-2024-08')
      expect(result.pages[0]!.unit).toBe('pt')
      // 40 px type on a 1240 px-wide page is about 19 pt of an A4 page's 595.
      expect(result.pages[0]!.lines[0]!.box.height).toBeGreaterThan(12)
      expect(result.pages[0]!.lines[0]!.box.height).toBeLessThan(30)
      expect(result.pages[1]).toMatchObject({ lines: [], text: '' })
      expect(progress).toEqual([0, 1, 2])
    },
    SLOW,
  )

  it(
    'refuses what is not a picture, a pixel bomb, an encrypted PDF and a page that is not there',
    async () => {
      const dir = tempDir()
      const write = (name: string, bytes: Uint8Array | string) => {
        writeFileSync(join(dir, name), bytes)
        return join(dir, name)
      }
      expect(await reason(door.recognizeFile(write('notes.png', 'just some text')))).toBe('ocr.not-an-image')
      expect(await reason(door.recognizeFile(write('bomb.png', pixelBombPng())))).toBe('ocr.pixel-bomb')
      expect(await reason(door.recognizeFile(write('locked.pdf', await encryptedPdf())))).toBe(
        'ocr.pdf-encrypted',
      )
      expect(await reason(door.recognizeFile(write('broken.pdf', '%PDF-1.7\nnot really')))).toBe(
        'ocr.pdf-damaged',
      )
      const two = write('two.pdf', await scannedPdf([await textImage([]), await textImage([])]))
      expect(await reason(door.recognizeFile(two, { pages: '3' }))).toBe('ocr.no-such-page')
      expect(await reason(door.recognizeFile(two, { pages: 'x' }))).toBe('ocr.bad-pages')
      expect(await reason(door.recognizeFile(join(dir, 'missing.jpg')))).toBe('ocr.file-missing')
    },
    SLOW,
  )
})

describe('searchable PDF', () => {
  it(
    'adds invisible text that pdftotext reads in order, and every page looks exactly the same',
    async () => {
      const dir = tempDir()
      const input = join(dir, 'scan.pdf')
      const output = join(dir, 'scan-searchable.pdf')
      const lines = ['委托书 Power of Attorney', '甲方：北京某某科技有限公司', '乙方：上海示例贸易有限公司']
      const page = await textImage(lines, { width: 1240, height: 1754, fontSize: 40, left: 120, top: 200 })
      // The second page is turned by /Rotate: the text must still land on its words.
      writeFileSync(input, await scannedPdf([page, page], [0, 90]))
      const result = await door.makeSearchablePdf(input, output)
      expect(result).toMatchObject({ pageCount: 2, pagesRead: 2, pagesWithText: 0, signaturesDropped: 0 })
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', output, '-'], { encoding: 'utf8' })
      const pages = text.split('\f')
      for (const n of [0, 1]) expect(squeeze(pages[n]!)).toBe(squeeze(lines.join('')))
      expect(execFileSync('pdffonts', [output], { encoding: 'utf8' })).toMatch(
        /CID TrueType\s+Identity-H\s+yes\s+no\s+yes/,
      )
      // Where the words are: 甲方 was printed at 120 px, baseline 272 px of 1240 × 1754, so a
      // box at 55–145 pt across and 105–140 pt down holds it, and nothing of the lines around.
      const boxed = execFileSync(
        'pdftotext',
        ['-f', '1', '-l', '1', '-x', '55', '-y', '105', '-W', '90', '-H', '35', '-r', '72', output, '-'],
        {
          encoding: 'utf8',
        },
      )
      expect(squeeze(boxed)).toMatch(/^甲方/)
      // A copy of the copy: its pages carry text already, so none is read or layered twice.
      const again = join(dir, 'again.pdf')
      expect(await door.makeSearchablePdf(output, again)).toMatchObject({ pagesRead: 0, pagesWithText: 2 })
      expect(squeeze(execFileSync('pdftotext', [again, '-'], { encoding: 'utf8' }))).toBe(squeeze(text))
      for (const n of [1, 2]) {
        const draw = (file: string) =>
          execFileSync('pdftoppm', ['-f', `${n}`, '-l', `${n}`, '-r', '60', '-png', file], {
            maxBuffer: 1 << 26,
          })
        expect(draw(output).equals(draw(input)), `page ${n}`).toBe(true)
      }
    },
    SLOW,
  )

  it(
    'never rewrites a signed PDF without consent; with it, the copy carries no signature',
    async () => {
      const dir = tempDir()
      const { certifyWorkspace, pdfsig } = await import('../sign/certify/test-support/certify-fixtures')
      const work = await certifyWorkspace(dir)
      const scan = join(dir, 'scan.pdf')
      writeFileSync(
        scan,
        await scannedPdf([await textImage(['已签署的文件'], { width: 1240, height: 1754 })]),
      )
      const signed = join(dir, 'signed.pdf')
      await work.sign(scan, signed)
      expect(pdfsig(signed)).toMatch(/Signature #1/)
      expect((await door.inspectPdf(signed)).signatures).toBe(1)
      const out = join(dir, 'copy.pdf')
      expect(await reason(door.makeSearchablePdf(signed, out))).toBe('ocr.signed-pdf')
      expect(existsSync(out)).toBe(false)
      const result = await door.makeSearchablePdf(signed, out, { consentUnsigned: true })
      expect(result.signaturesDropped).toBe(1)
      // The field is still there (the visible mark too), but nothing in the copy claims to be signed.
      expect(pdfsig(out)).toMatch(/The signature form field is not signed/)
      expect(pdfsig(out)).not.toMatch(/Signer Certificate/)
      expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('已签署的文件')
      work.store.close()
    },
    SLOW,
  )

  it(
    'stops when cancelled mid-document and leaves no file, whole or partial',
    async () => {
      const dir = tempDir()
      const input = join(dir, 'long.pdf')
      const picture = await textImage(['第一页'], { width: 1240, height: 1754 })
      writeFileSync(input, await scannedPdf([picture, picture, picture, picture]))
      const controller = new AbortController()
      const output = join(dir, 'out.pdf')
      const run = door.makeSearchablePdf(input, output, {
        signal: controller.signal,
        onProgress: (p) => p.done === 1 && controller.abort(),
      })
      expect(await reason(run)).toBe('CANCELLED')
      expect(readdirSync(dir)).toEqual(['long.pdf'])
      expect(readFileSync(input).subarray(0, 5).toString()).toBe('%PDF-')
      // The next job gets a fresh worker and works.
      expect(squeeze((await door.recognizeFile(input, { pages: '1' })).text)).toBe('第一页')
    },
    SLOW,
  )
})
