import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, findChromium } from '../../pdf/chromium-printer'
import { useTempDirs } from '../../test-support/temp-dir'
import { produceSigned } from '../sign-file'
import { stampShape } from './stamp-text'
import { resolveTextMark } from './text-mark'

// The same line drawn three ways from the same font: our outlines composited by sharp, our
// outlines as PDF paths rendered by poppler, and Chromium's own text engine with the font file
// loaded by @font-face. The ink must match within a couple of pixels.
const TEXT = '王晓明 2026年12月4日'
const W = 1200
const H = 300
const BOX = { x: 0.05, y: 0.2, width: 0.9 }
const tempDir = useTempDirs()
const fontFiles = join(
  dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css')),
  'files',
)

interface Mask {
  ink: Uint8Array
}

async function maskOf(png: Buffer): Promise<Mask> {
  const { data, info } = await sharp(png)
    .flatten({ background: '#ffffff' })
    .resize(W, H, { fit: 'fill' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true })
  expect([info.width, info.height]).toEqual([W, H])
  return { ink: Uint8Array.from(data, (v) => (v < 128 ? 1 : 0)) }
}

/** Share of `a`'s ink farther than `radius` pixels from any of `b`'s ink. */
function strayShare(a: Mask, b: Mask, radius = 2): number {
  let ink = 0
  let stray = 0
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      if (!a.ink[y * W + x]) continue
      ink++
      let near = false
      for (let dy = -radius; dy <= radius && !near; dy++)
        for (let dx = -radius; dx <= radius && !near; dx++) {
          const yy = y + dy
          const xx = x + dx
          near = yy >= 0 && yy < H && xx >= 0 && xx < W && b.ink[yy * W + xx] === 1
        }
      if (!near) stray++
    }
  return ink === 0 ? 1 : stray / ink
}

const inkCount = (m: Mask) => m.ink.reduce((n, v) => n + v, 0)

/** Chromium draws `text` with Noto Sans SC from the package's own woff2 files, where our mark is. */
async function chromiumRender(text: string): Promise<Buffer> {
  const shape = stampShape(text, '#000')
  const emPx = (BOX.width * W) / shape.widthEm
  const baseline = BOX.y * H + shape.ascentEm * emPx
  const face = (file: string, range: string) =>
    `@font-face{font-family:Stamp;src:url(data:font/woff2;base64,${readFileSync(join(fontFiles, file)).toString('base64')}) format('woff2');unicode-range:${range}}`
  const html =
    `<!doctype html><style>${face('noto-sans-sc-latin-400-normal.woff2', 'U+0000-00FF')}` +
    `${face('noto-sans-sc-chinese-simplified-400-normal.woff2', 'U+0100-FFFF')}` +
    `html,body{margin:0;background:#fff}text{font-family:Stamp;font-kerning:none}</style>` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><text x="${BOX.x * W}" y="${baseline}" font-size="${emPx}">${text}</text></svg>`
  const page = await browser.newPage({ viewport: { width: W, height: H } })
  try {
    await page.setContent(html)
    await page.evaluate(async (t) => {
      const fonts = (
        globalThis as unknown as { document: { fonts: { load(f: string, t: string): Promise<unknown[]> } } }
      ).document.fonts
      const loaded = await fonts.load('40px Stamp', t)
      if (loaded.length === 0) throw new Error('the font did not load')
    }, text)
    return await page.screenshot({ clip: { x: 0, y: 0, width: W, height: H } })
  } finally {
    await page.close()
  }
}

let browser: Awaited<ReturnType<typeof chromium.launch>>
beforeAll(async () => {
  const executablePath = findChromium(process.env)
  if (!executablePath) throw new Error('Chromium is needed for this test (apt-get install chromium)')
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
})
afterAll(async () => browser?.close())

async function signedWithMark(input: Buffer, name: string, format: 'png' | 'pdf') {
  const signed = await produceSigned(
    input,
    name,
    [
      {
        placement: { signatureId: 1, page: 0, rotate: 0, opacity: 1, ...BOX },
        signature: resolveTextMark(TEXT, '#000000'),
      },
    ],
    { format, quality: 90, flatten: false },
  )
  return Buffer.from(signed.bytes)
}

describe('a text mark drawn from the bundled font', () => {
  it('looks the same on an image, in a PDF and in Chromium with the same font', async () => {
    const white = await sharp({ create: { width: W, height: H, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer()
    const image = await maskOf(await signedWithMark(white, 'blank.png', 'png'))

    const doc = await PDFDocument.create()
    doc.addPage([W / 2, H / 2])
    const pdf = await signedWithMark(Buffer.from(await doc.save()), 'blank.pdf', 'pdf')
    const dir = tempDir()
    writeFileSync(join(dir, 'mark.pdf'), pdf)
    execFileSync('pdftoppm', ['-png', '-r', '144', '-singlefile', join(dir, 'mark.pdf'), join(dir, 'mark')])
    const fromPdf = await maskOf(readFileSync(join(dir, 'mark.png')))

    const reference = await maskOf(await chromiumRender(TEXT))
    expect(inkCount(reference)).toBeGreaterThan(5000)
    for (const ours of [image, fromPdf]) {
      expect(inkCount(ours) / inkCount(reference)).toBeGreaterThan(0.85)
      expect(inkCount(ours) / inkCount(reference)).toBeLessThan(1.15)
      expect(strayShare(ours, reference)).toBeLessThan(0.005)
      expect(strayShare(reference, ours)).toBeLessThan(0.005)
    }
    // The comparison tells one digit apart: 4 and 5 differ by ~2.5 % of the ink.
    const otherDay = await maskOf(await chromiumRender('王晓明 2026年12月5日'))
    expect(strayShare(otherDay, image)).toBeGreaterThan(0.01)
  }, 60_000)
})
