import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scannedPdf, textImage } from '../../main/core/ocr/test-support/scans'
import { useTempDirs } from '../../main/core/test-support/temp-dir'

const tempDir = useTempDirs()
const cli = resolve(__dirname, '../../../out/cli/index.js')
// Model loading and a page or two each, on two shared cores.
const SLOW = 180_000

/** The built `paperdesk` (run `npm run build` first): the worker and its models as users get them. */
function run(...argv: string[]) {
  const result = spawnSync(process.execPath, [cli, ...argv], {
    cwd: resolve(__dirname, '../../..'),
    encoding: 'utf8',
    timeout: SLOW,
  })
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '')

describe('paperdesk ocr', () => {
  it(
    'prints the text of a picture, or its lines with boxes and confidence as JSON',
    async () => {
      const dir = tempDir()
      const photo = join(dir, 'photo.png')
      writeFileSync(photo, await textImage(['甲方：北京某某科技有限公司', '乙方：上海示例贸易有限公司']))
      const text = run('ocr', photo)
      expect(text.stderr).toBe('')
      expect(text.code).toBe(0)
      expect(text.stdout.split('\n').map(squeeze)).toEqual([
        '甲方:北京某某科技有限公司',
        '乙方:上海示例贸易有限公司',
      ])

      const json = run('ocr', photo, '--json')
      expect(json.code).toBe(0)
      const [result] = JSON.parse(json.stdout) as Array<{
        file: string
        kind: string
        pages: Array<{
          lines: Array<{ text: string; confidence: number; box: { x: number; width: number } }>
        }>
      }>
      expect(result).toMatchObject({ file: photo, kind: 'image' })
      const line = result!.pages[0]!.lines[0]!
      expect(line.confidence).toBeGreaterThan(0.9)
      expect(line.box.x).toBeGreaterThan(40)
      expect(line.box.width).toBeGreaterThan(400)
    },
    SLOW,
  )

  it(
    'refuses what is not an image in words, and a page the PDF does not have',
    async () => {
      const dir = tempDir()
      const fake = join(dir, 'fake.jpg')
      writeFileSync(fake, 'not a picture at all')
      const bad = run('ocr', fake)
      expect(bad.code).toBe(1)
      expect(bad.stderr).toMatch(/fake\.jpg is not an image or PDF Paperdesk can read/)
      const pdf = join(dir, 'one.pdf')
      writeFileSync(pdf, await scannedPdf([await textImage(['一'], { width: 600, height: 800 })]))
      const page = run('ocr', pdf, '--pages', '3')
      expect(page.code).toBe(1)
      expect(page.stderr).toMatch(/one\.pdf has no page 3 \(it has 1\)/)
    },
    SLOW,
  )

  it(
    'writes a searchable copy of a scanned PDF that pdftotext reads; nothing with a bad output',
    async () => {
      const dir = tempDir()
      const input = join(dir, 'scan.pdf')
      const page = (line: string) => textImage([line], { width: 1240, height: 1754, fontSize: 56 })
      writeFileSync(input, await scannedPdf([await page('第一页 租赁合同'), await page('第二页 付款条款')]))
      const out = join(dir, 'searchable.pdf')
      const made = run('ocr', 'pdf', '--in', input, '--out', out)
      expect(made.code).toBe(0)
      expect(made.stdout).toMatch(/^Wrote .*searchable\.pdf \(2 pages, text layer on 2, \d+ bytes\)$/)
      expect(made.stderr).toContain('[2/2] page 2')
      const words = squeeze(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }))
      expect(words).toContain('第一页租赁合同')
      expect(words.indexOf('第一页')).toBeLessThan(words.indexOf('第二页付款条款'))

      const same = run('ocr', 'pdf', '--in', input, '--out', input)
      expect(same.code).toBe(1)
      expect(readdirSync(dir).sort()).toEqual(['scan.pdf', 'searchable.pdf'])
    },
    SLOW,
  )

  it(
    'notes ocr-index reads the pictures in notes with a progress line, and search finds their words',
    async () => {
      const dir = tempDir()
      const data = join(dir, 'data')
      const picture = await textImage(['营业执照 统一社会信用代码'])
      const html = join(dir, 'licence.html')
      writeFileSync(html, `<p>附件</p><p><img src="data:image/png;base64,${picture.toString('base64')}"></p>`)
      expect(run('--data-dir', data, 'notes', 'add', '--title', '证照', '--html-file', html).code).toBe(0)
      expect(run('--data-dir', data, 'notes', 'search', '营业执照').stdout).toBe('No notes match.')
      const index = run('--data-dir', data, 'notes', 'ocr-index')
      expect(index.code).toBe(0)
      expect(index.stderr).toContain('[1/1] notes looked at, 1 picture(s) read')
      expect(index.stdout).toBe('Indexed 1 note(s): 1 picture(s) read; 0 waiting')
      const found = run('--data-dir', data, 'notes', 'search', '营业执照')
      expect(found.stdout).toMatch(/证照\n\s+\[in a picture\] .*营业执照/)
      expect(existsSync(data)).toBe(true)
    },
    SLOW,
  )
})
