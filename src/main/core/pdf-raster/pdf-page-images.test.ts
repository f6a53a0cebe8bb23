import { PDFDocument, PDFName, StandardFonts, degrees, rgb } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { drawFirstPages, PdfPageImages } from './pdf-page-images'

/** A4 pages, each with a black box in its top-left quarter; the second is turned by /Rotate 90. */
async function samplePdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842])
    page.drawRectangle({ x: 60, y: 842 - 260, width: 200, height: 200, color: rgb(0, 0, 0) })
    if (i === 1) page.setRotation(degrees(90))
  }
  return doc.save()
}

/** Mean brightness (0–255) of a region given as fractions of the image. */
async function brightness(
  jpeg: Uint8Array,
  box: { left: number; top: number; width: number; height: number },
) {
  const { width, height } = await sharp(jpeg).metadata()
  const pixels = await sharp(jpeg)
    .extract({
      left: Math.round(box.left * width!),
      top: Math.round(box.top * height!),
      width: Math.round(box.width * width!),
      height: Math.round(box.height * height!),
    })
    .greyscale()
    .raw()
    .toBuffer()
  return pixels.reduce((sum, v) => sum + v, 0) / pixels.length
}

describe('drawing PDF pages in a worker', { timeout: 60_000 }, () => {
  it('draws a page at the width asked, with ink where the page has it and white elsewhere', async () => {
    const images = new PdfPageImages()
    const bytes = await samplePdf()
    const page = await images.draw('a', () => bytes, 0, 800)
    expect([page.width, page.height]).toEqual([800, 1132])
    const meta = await sharp(page.data).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 800, 1132])
    // The box spans x 60–260 and y 60–260 (from the top) of 595 × 842.
    expect(await brightness(page.data, { left: 0.13, top: 0.09, width: 0.28, height: 0.19 })).toBeLessThan(30)
    expect(await brightness(page.data, { left: 0.55, top: 0.5, width: 0.4, height: 0.4 })).toBeGreaterThan(
      245,
    )
  })

  it('applies /Rotate, as readers and the signed output show the page', async () => {
    const images = new PdfPageImages()
    const bytes = await samplePdf()
    const page = await images.draw('r', () => bytes, 1, 842)
    expect([page.width, page.height]).toEqual([842, 595])
    // Turned clockwise, the top-left box is now top-right.
    expect(await brightness(page.data, { left: 0.72, top: 0.12, width: 0.15, height: 0.2 })).toBeLessThan(30)
    expect(await brightness(page.data, { left: 0.05, top: 0.1, width: 0.3, height: 0.3 })).toBeGreaterThan(
      245,
    )
  })

  it('reads the bytes once per open document, and refuses a page it does not have', async () => {
    const images = new PdfPageImages()
    const bytes = await samplePdf(3)
    let reads = 0
    const read = () => (reads++, bytes)
    await Promise.all([0, 1, 2].map((i) => images.draw('k', read, i, 100)))
    expect(reads).toBe(1)
    await expect(images.draw('k', read, 3, 100)).rejects.toThrow(/no page 4/)
    images.forget('k')
    await images.draw('k', read, 0, 100)
    expect(reads).toBe(2)
  })

  it('draws the same page with text at several widths at once (thumbnail and page view)', async () => {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    doc.addPage([595, 842]).drawText('Service agreement', { x: 60, y: 770, size: 40, font })
    const bytes = await doc.save()
    const images = new PdfPageImages()
    const drawn = await Promise.all([128, 384, 448].map((w) => images.draw('t', () => bytes, 0, w)))
    expect(drawn.map((d) => d.width)).toEqual([128, 384, 448])
    // The title (Helvetica, not embedded: pdf.js draws it from its standard fonts) is top left.
    const title = { left: 0.1, top: 0.05, width: 0.5, height: 0.035 }
    expect(await brightness(drawn[2]!.data, title)).toBeLessThan(190)
  })

  it('bounds the size of a drawn page and fails cleanly on bytes that are not a PDF', async () => {
    const [huge] = await drawFirstPages(await samplePdf(1), 1, 100_000)
    expect(huge!.width).toBe(4096)
    await expect(drawFirstPages(new TextEncoder().encode('%PDF-1.7 nonsense'), 3, 200)).rejects.toThrow()
  })
})

/** One page whose content stream fills 300 000 triangles: pdf.js draws it for well over 20 s. */
async function crushingPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const page = doc.addPage([595, 842])
  const ops = '0 0 m 595 842 l 0 842 l f\n'.repeat(300_000)
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(ops)))
  return doc.save()
}

describe('drawing untrusted PDFs off main', () => {
  const images = new PdfPageImages({ pageTimeLimitMs: 8000 })
  afterAll(() => images.close())

  it('stops a page that draws too long with a translated error, main stays responsive, the next page draws', async () => {
    const normal = await samplePdf(1)
    await images.draw('warm', () => normal, 0, 100) // the worker starts (tsx, pdf.js) outside the limit
    let ticks = 0
    const ticker = setInterval(() => ticks++, 50)
    const started = Date.now()
    const failure = await images.draw('crushing', () => crushing, 0, 800).catch((e: unknown) => e)
    clearInterval(ticker)
    expect(failure).toMatchObject({ code: 'INVALID_FILE', details: { reason: 'isolate.too-slow' } })
    const elapsed = Date.now() - started
    expect(elapsed).toBeLessThan(8000 + 6000)
    // Main's event loop kept running all along (a timer every 50 ms fired most of the time).
    expect(ticks).toBeGreaterThan((elapsed / 50) * 0.5)
    const after = await images.draw('warm', () => normal, 0, 200)
    expect(after.width).toBe(200)
  }, 90_000)

  it('refuses a PDF of more than 10 000 pages', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i <= 10_000; i++) doc.addPage([100, 100])
    const bytes = await doc.save()
    await expect(images.draw('many', () => bytes, 0, 100)).rejects.toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'sign.pdf-too-many-pages', pages: 10_001 },
    })
  }, 60_000)
})

const crushing = await crushingPdf()
