import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { userError } from '../../../shared/app-error'
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
/** pdf.js skips (draws nothing for) an image with more pixels than this: a 30 000² image is 3.6 GB. */
export const MAX_IMAGE_PIXELS = 100_000_000
/** Pages a PDF may have at most; a crafted page tree can claim millions. */
export const MAX_PDF_PAGES = 10_000

// pdf.js types its canvas as the DOM's; @napi-rs/canvas implements what it draws with.
type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas']
let pdfjs: Promise<typeof PdfJs> | null = null
// pdf.js and its canvas load on the first PDF drawn, never at start-up.
const loadPdfJs = () => {
  ensureArrayBufferTransfer()
  return (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'))
}

/** Loads pdf.js and the canvas ahead of the first page (a worker does, before it says it is ready). */
export async function preloadPdfJs(): Promise<void> {
  await Promise.all([loadPdfJs(), import('@napi-rs/canvas')])
}

/** pdf.js's CMaps (Chinese text in PDFs without embedded fonts) and standard fonts, as file paths. */
function dataFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' }
}

/** Parses a PDF with pdf.js (its fonts and CMaps from the package); the caller destroys it. */
export async function openDocument(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const { getDocument } = await loadPdfJs()
  const doc = await getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller keeps its own.
    data: bytes.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    cMapPacked: true,
    ...dataFolders(),
    maxImageSize: MAX_IMAGE_PIXELS,
    verbosity: 0,
  }).promise
  if (doc.numPages > MAX_PDF_PAGES) {
    await doc.loadingTask.destroy()
    throw tooManyPages(doc.numPages)
  }
  return doc
}

export function tooManyPages(pages: number, name = 'PDF') {
  return userError(
    'INVALID_FILE',
    'sign.pdf-too-many-pages',
    '{{name}} has {{pages}} pages; Paperdesk opens PDFs of at most {{max}} pages',
    { name, pages, max: MAX_PDF_PAGES },
  )
}

/** The first `count` pages of a PDF, each `widthPx` wide; for one-off previews (run in a worker). */
export async function drawFirstPagesHere(
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
export async function drawPage(doc: PDFDocumentProxy, index: number, widthPx: number): Promise<PageImage> {
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
