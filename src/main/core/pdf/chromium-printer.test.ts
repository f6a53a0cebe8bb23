import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { findChromium, openChromiumPrinter, retryTransientPrintFailure } from './chromium-printer'

const tempDir = useTempDirs()

describe('findChromium', () => {
  it('takes PAPERDESK_CHROMIUM when it exists, else the first usual place', () => {
    const exists = (p: string) => p === '/opt/chrome' || p === '/usr/bin/google-chrome'
    expect(findChromium({ PAPERDESK_CHROMIUM: '/opt/chrome' }, 'linux', exists)).toBe('/opt/chrome')
    expect(findChromium({ PAPERDESK_CHROMIUM: '/missing' }, 'linux', exists)).toBeNull()
    expect(findChromium({}, 'linux', exists)).toBe('/usr/bin/google-chrome')
    expect(findChromium({}, 'linux', () => false)).toBeNull()
  })

  it('a missing Chromium is a clear UNAVAILABLE error', async () => {
    await expect(openChromiumPrinter({ PAPERDESK_CHROMIUM: '/no/such/chromium' })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      details: { reason: 'pdf.no-chromium' },
    })
  })
})

describe('retryTransientPrintFailure', () => {
  it("asks once more after Chromium's transient 'Printing failed', and only then", async () => {
    let calls = 0
    const flaky = async () => {
      calls += 1
      if (calls === 1) throw new Error('page.pdf: Protocol error (Page.printToPDF): Printing failed')
      return 'pdf'
    }
    await expect(retryTransientPrintFailure(flaky)).resolves.toBe('pdf')
    expect(calls).toBe(2)

    let broken = 0
    const other = async () => {
      broken += 1
      throw new Error('browser has been closed')
    }
    await expect(retryTransientPrintFailure(other)).rejects.toThrow('closed')
    expect(broken).toBe(1)

    const always = async () => {
      throw new Error('Printing failed')
    }
    await expect(retryTransientPrintFailure(always)).rejects.toThrow('Printing failed')
  })
})

describe('the Chromium printer', () => {
  it('prints Chinese and English with page numbers, never running scripts', async () => {
    const printer = await openChromiumPrinter()
    let pdf: Uint8Array
    try {
      pdf = await printer.print({
        html: `<!doctype html><html><head><meta charset="utf-8"></head><body>
          <h1>第一章 Hello</h1><p>中文内容</p>
          <div style="break-before: page"><h1>Second</h1></div>
          <script>document.body.append('SCRIPT RAN')</script></body></html>`,
        pageSize: 'A5',
        landscape: false,
        marginMm: { top: 15, right: 10, bottom: 15, left: 10 },
        footerTemplate:
          '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        outline: true,
      })
    } finally {
      await printer.close()
    }
    const file = join(tempDir(), 'out.pdf')
    writeFileSync(file, pdf)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toMatch(/Pages:\s+2/)
    expect(info).toMatch(/Page size:.*\(A5\)/)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(text).toContain('第一章 Hello')
    expect(text).toContain('中文内容')
    // pdftotext drops the spaces of a 9px footer: "2/2".
    expect(text).toMatch(/^\s*1\s*\/\s*2\s*$/m)
    expect(text).toMatch(/^\s*2\s*\/\s*2\s*$/m)
    expect(text).not.toContain('SCRIPT RAN')
  })
})
