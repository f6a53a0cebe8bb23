import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { userError } from '../../../../shared/app-error'
import { OcrEngine } from '../engine/ocr-engine'
import type { RgbImage } from '../engine/raster'
import type { OcrPage, OcrSource } from '../ocr-types'
import { readingOrder } from '../reading-order'
import { loadImage, notAnImage, rgbOf } from './load-image'
import { OpenPdf } from './pdf-source'

/** A file larger than this is refused before it is read. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024

let engine: Promise<OcrEngine> | null = null
const pdf = new OpenPdf()

/** The engine, loaded on the first page this worker reads and kept for the next ones. */
function loadedEngine(): Promise<OcrEngine> {
  engine ??= OcrEngine.load().catch((error: unknown) => {
    engine = null
    throw userError('UNAVAILABLE', 'ocr.engine-unavailable', 'the OCR engine could not start: {{detail}}', {
      detail: error instanceof Error ? error.message : String(error),
    })
  })
  return engine
}

export function sourceName(source: OcrSource): string {
  return source.name ?? ('path' in source ? basename(source.path) : 'file')
}

/** The bytes of a source, with a size check before a file is read. */
export function sourceBytes(source: OcrSource): Uint8Array {
  if ('bytes' in source) return source.bytes
  let size: number
  try {
    size = statSync(source.path).size
  } catch {
    throw userError('NOT_FOUND', 'ocr.file-missing', '{{name}} cannot be found or read', {
      name: sourceName(source),
    })
  }
  if (size > MAX_FILE_BYTES)
    throw userError('INVALID_FILE', 'ocr.file-too-large', '{{name}} is larger than {{limitMb}} MB', {
      name: sourceName(source),
      limitMb: MAX_FILE_BYTES / 1024 / 1024,
    })
  const file = readFileSync(source.path)
  // A plain Uint8Array view: pdf.js refuses Buffers.
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength)
}

/** Whether the bytes are a PDF (its header may follow up to 1 KB of junk, as readers allow). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-')
}

/** The key an open PDF is kept by: the same file unchanged is the same document. */
function pdfKey(source: OcrSource, bytes?: Uint8Array): string {
  if ('path' in source) {
    const stat = statSync(source.path)
    return `${source.path}:${stat.size}:${stat.mtimeMs}`
  }
  return `bytes:${source.name}:${bytes?.byteLength ?? 0}`
}

export async function recognizeImage(source: OcrSource): Promise<OcrPage> {
  const name = sourceName(source)
  const bytes = sourceBytes(source)
  if (isPdf(bytes)) throw notAnImage(name)
  const loaded = await loadImage(bytes, name)
  const lines = await read(loaded.image, loaded.scale)
  return page(1, loaded.width, loaded.height, 'px', lines)
}

export async function pdfPageCount(source: OcrSource): Promise<number> {
  const name = sourceName(source)
  let bytes: Uint8Array | undefined
  const read = () => (bytes ??= sourceBytes(source))
  return pdf.pageCount(pdfKey(source, 'bytes' in source ? source.bytes : undefined), read, name)
}

/** A page with this much text of its own is not read again for a searchable copy. */
const OWN_TEXT_CHARS = 20

export async function recognizePdfPage(
  source: OcrSource,
  index: number,
  dpi: number,
  skipPagesWithText = false,
): Promise<OcrPage> {
  const name = sourceName(source)
  const key = pdfKey(source, 'bytes' in source ? source.bytes : undefined)
  if (
    skipPagesWithText &&
    (await pdf.textLength(key, () => sourceBytes(source), name, index)) >= OWN_TEXT_CHARS
  )
    return { ...page(index + 1, 0, 0, 'pt', []), hasText: true }
  const drawn = await pdf.draw(key, () => sourceBytes(source), name, index, dpi)
  // Page pixels to points: the drawn width stands for the page's width in points.
  const lines = await read(rgbOf(drawn.rgba, drawn.width, drawn.height), drawn.widthPt / drawn.width)
  return page(index + 1, drawn.widthPt, drawn.heightPt, 'pt', lines)
}

async function read(image: RgbImage, scale: number) {
  const found = await (await loadedEngine()).read(image)
  return readingOrder(found, scale)
}

function page(n: number, width: number, height: number, unit: 'pt' | 'px', lines: OcrPage['lines']): OcrPage {
  return { page: n, width, height, unit, lines, text: lines.map((l) => l.text).join('\n') }
}

export async function closeDocuments(): Promise<void> {
  await pdf.close()
}
