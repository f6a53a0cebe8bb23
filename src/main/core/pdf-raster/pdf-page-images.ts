import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { MAX_PAGE_WIDTH } from '../../../shared/pdf-page-asset'
import { ensureArrayBufferTransfer } from './array-buffer-transfer'
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** A drawn page: JPEG bytes and their pixel size. */
export interface PageImage {
  data: Uint8Array<ArrayBuffer>
  width: number
  height: number
}

/** The narrowest page drawn (pixels); the widest is the asset route's `MAX_PAGE_WIDTH`. */
const MIN_PAGE_WIDTH_PX = 16
/** Pixels a drawn page may have at most, whatever its shape (a long strip stays bounded). */
const MAX_PIXELS = 24_000_000
const JPEG_QUALITY = 88
/** Open documents kept parsed, most recent last. */
const KEEP_OPEN = 4

// pdf.js types its canvas as the DOM's; @napi-rs/canvas implements what it draws with.
type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas']
let pdfjs: Promise<typeof PdfJs> | null = null
// pdf.js and its canvas load on the first PDF drawn, never at start-up.
const loadPdfJs = () => {
  ensureArrayBufferTransfer()
  return (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'))
}

/** pdf.js's CMaps (Chinese text in PDFs without embedded fonts) and standard fonts, as file paths. */
function dataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' }
}

/**
 * Draws PDF pages as images in main (pdf.js with @napi-rs/canvas), so the renderer shows a PDF as
 * plain `<img>` elements and ships no PDF engine. Parsed documents are kept by key for the next
 * page; drawing runs one page at a time, so a burst of thumbnails cannot pile up memory.
 */
export class PdfPageImages {
  private readonly open = new Map<string, Promise<PDFDocumentProxy>>()
  private queue: Promise<unknown> = Promise.resolve()

  /** Draws page `index` (0-based) of the document `key` (its bytes read only when not open yet). */
  draw(key: string, bytes: () => Uint8Array, index: number, widthPx: number): Promise<PageImage> {
    const run = this.queue.then(async () => drawPage(await this.document(key, bytes), index, widthPx))
    this.queue = run.catch(() => undefined)
    return run
  }

  /** Lets go of a document (closed by the user, or evicted). */
  forget(key: string): void {
    const doc = this.open.get(key)
    this.open.delete(key)
    void doc?.then((d) => d.loadingTask.destroy()).catch(() => undefined)
  }

  private document(key: string, bytes: () => Uint8Array): Promise<PDFDocumentProxy> {
    let doc = this.open.get(key)
    if (doc) {
      this.open.delete(key)
      this.open.set(key, doc)
      return doc
    }
    doc = openDocument(bytes())
    doc.catch(() => this.open.get(key) === doc && this.open.delete(key))
    this.open.set(key, doc)
    while (this.open.size > KEEP_OPEN) this.forget(this.open.keys().next().value as string)
    return doc
  }
}

/** Parses a PDF with pdf.js (its fonts and CMaps from the package); the caller destroys it. */
export async function openDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfJs()
  return getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller keeps its own.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    cMapPacked: true,
    ...dataFolders(),
    verbosity: 0,
  }).promise
}

/** The first `count` pages of a PDF, each `widthPx` wide; for one-off previews. */
export async function drawFirstPages(
  bytes: Uint8Array,
  count: number,
  widthPx: number,
): Promise<PageImage[]> {
  const doc = await openDocument(bytes)
  try {
    const images: PageImage[] = []
    for (let i = 0; i < Math.min(count, doc.numPages); i++) images.push(await drawPage(doc, i, widthPx))
    return images
  } finally {
    await doc.loadingTask.destroy()
  }
}

/** One page, crop box and /Rotate applied (as readers and our output show it), on white. */
async function drawPage(doc: PDFDocumentProxy, index: number, widthPx: number): Promise<PageImage> {
  const width = Math.min(Math.max(Math.round(widthPx), MIN_PAGE_WIDTH_PX), MAX_PAGE_WIDTH)
  const canvas = await drawOnCanvas(doc, index, (base) => width / base.width)
  const data = await canvas.encode('jpeg', JPEG_QUALITY)
  return { data: new Uint8Array(data), width: canvas.width, height: canvas.height }
}

/** A drawn page as RGBA pixels, at `dpi` (bounded like every drawn page); page size in points. */
export interface PagePixels {
  rgba: Uint8ClampedArray
  width: number
  height: number
  /** The page as shown (crop box, /Rotate applied), in PDF points. */
  widthPt: number
  heightPt: number
}

/** Page `index` (0-based) drawn at `dpi`, for reading its pixels (OCR). */
export async function drawPagePixels(doc: PDFDocumentProxy, index: number, dpi: number): Promise<PagePixels> {
  let size = { width: 0, height: 0 }
  const canvas = await drawOnCanvas(doc, index, (base) => {
    size = base
    return dpi / 72
  })
  const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
  return { rgba, width: canvas.width, height: canvas.height, widthPt: size.width, heightPt: size.height }
}

async function drawOnCanvas(
  doc: PDFDocumentProxy,
  index: number,
  scaleFor: (base: { width: number; height: number }) => number,
) {
  if (!Number.isInteger(index) || index < 0 || index >= doc.numPages)
    throw new RangeError(`no page ${index + 1}`)
  // The page stays parsed with its document (cleaning it up after a draw left the next draw of
  // the same page waiting forever on its fonts).
  const page = await doc.getPage(index + 1)
  const base = page.getViewport({ scale: 1 })
  let scale = scaleFor(base)
  if (base.width * base.height * scale * scale > MAX_PIXELS)
    scale = Math.sqrt(MAX_PIXELS / (base.width * base.height))
  const viewport = page.getViewport({ scale })
  const { createCanvas } = await import('@napi-rs/canvas')
  const canvas = createCanvas(
    Math.max(1, Math.floor(viewport.width)),
    Math.max(1, Math.floor(viewport.height)),
  )
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  await page.render({ canvas: canvas as unknown as RenderCanvas, viewport }).promise
  return canvas
}
