import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import sharp from 'sharp'
import type { OcrDocument } from '../../../shared/contract/ocr'
import { userError } from '../../../shared/app-error'
import type { AssetBody } from '../assets/asset-routes'
import { PdfPageImages } from '../pdf-raster/pdf-page-images'
import type { CopyFacts } from './searchable/copy-facts'

/** Long edge of an image's preview (what the OCR view shows beside the text). */
const PREVIEW_EDGE = 2000
/** Width PDF pages are drawn at for the view, and for the pictures of a note made from a scan. */
export const PAGE_WIDTH = 1240
/** Pixels an image may have before it is refused (the worker applies the same kind of cap). */
const MAX_PIXELS = 150_000_000
/** An image kept in a note as it is, if it is at most this large and of a kind browsers show. */
const KEEP_AS_IS_BYTES = 20 * 1024 * 1024
const KEPT_FORMATS = new Set(['jpeg', 'png', 'webp'])
const KEEP = 6

interface OpenScan {
  document: OcrDocument
  path: string
  /** An image's screen-sized JPEG; for a PDF, its bytes (pages are drawn from them). */
  body: Uint8Array
}

/**
 * Scans opened in the OCR view, by random token: main keeps the path and serves pictures of the
 * pages as `ocr-doc/<token>/<n>.jpg` (n from 1); the renderer never gets a path or the whole file.
 */
export class ScanSessions {
  private readonly open = new Map<string, OpenScan>()
  private readonly drawn = new PdfPageImages()

  /** `inspectPdf` reads a PDF in the worker (pages, signatures); images are looked at here with caps. */
  async openScan(rawPath: string, pdf: boolean, inspectPdf: () => Promise<CopyFacts>): Promise<OcrDocument> {
    const path = resolve(rawPath)
    const name = basename(path)
    const token = randomBytes(18).toString('base64url')
    const assetPath = `ocr-doc/${token}`
    let bytes: Buffer
    try {
      bytes = await readFile(path)
    } catch {
      throw userError('NOT_FOUND', 'ocr.file-missing', '{{name}} cannot be found or read', { name })
    }
    let scan: OpenScan
    if (pdf) {
      const facts = await inspectPdf()
      scan = {
        path,
        body: new Uint8Array(bytes),
        document: {
          token,
          name,
          kind: 'pdf',
          pageCount: facts.pageCount,
          signatures: facts.signatures,
          assetPath,
        },
      }
    } else {
      let preview: Buffer
      try {
        preview = await sharp(bytes, { limitInputPixels: MAX_PIXELS, autoOrient: true })
          .resize({ width: PREVIEW_EDGE, height: PREVIEW_EDGE, fit: 'inside', withoutEnlargement: true })
          .flatten({ background: '#ffffff' })
          .jpeg({ quality: 85 })
          .toBuffer()
      } catch (error) {
        throw imageRefused(error, name)
      }
      scan = {
        path,
        body: new Uint8Array(preview),
        document: { token, name, kind: 'image', pageCount: 1, signatures: 0, assetPath },
      }
    }
    this.open.set(token, scan)
    // Tokens live for the session; only the few most recent scans are kept in memory.
    while (this.open.size > KEEP) this.forget(this.open.keys().next().value as string)
    return scan.document
  }

  private forget(token: string): void {
    this.drawn.forget(token)
    this.open.delete(token)
  }

  private scan(token: string): OpenScan {
    const scan = this.open.get(token)
    if (!scan) throw userError('NOT_FOUND', 'ocr.scan-closed', 'the scan is no longer open; open it again')
    return scan
  }

  path(token: string): string {
    return this.scan(token).path
  }

  document(token: string): OcrDocument {
    return this.scan(token).document
  }

  /** `ocr-doc/<token>/<page>.jpg`: the picture of a page, or null for anything else. */
  async serve(path: string): Promise<AssetBody | null> {
    const m = /^([\w-]+)\/(\d{1,5})\.jpg$/.exec(path)
    const scan = m ? this.open.get(m[1] as string) : undefined
    if (!m || !scan) return null
    const page = Number(m[2])
    if (page < 1 || page > scan.document.pageCount) return null
    if (scan.document.kind === 'image') return { body: scan.body, mime: 'image/jpeg' }
    try {
      const image = await this.drawn.draw(m[1] as string, () => scan.body, page - 1, PAGE_WIDTH)
      return { body: image.data, mime: 'image/jpeg' }
    } catch {
      return null
    }
  }

  /** The scan's pictures for a note: an image as it is (or as JPEG), a PDF's chosen pages drawn. */
  async notePictures(
    token: string,
    pages: readonly number[],
  ): Promise<Array<{ mime: string; data: Uint8Array }>> {
    const scan = this.scan(token)
    if (scan.document.kind === 'pdf') {
      const pictures = []
      for (const page of pages) {
        const image = await this.drawn.draw(token, () => scan.body, page - 1, PAGE_WIDTH)
        pictures.push({ mime: 'image/jpeg', data: image.data })
      }
      return pictures
    }
    const bytes = await readFile(scan.path).catch(() => {
      throw userError('NOT_FOUND', 'ocr.file-missing', '{{name}} cannot be found or read', {
        name: scan.document.name,
      })
    })
    try {
      const meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).metadata()
      const orientation = meta.orientation ?? 1
      if (KEPT_FORMATS.has(meta.format ?? '') && bytes.byteLength <= KEEP_AS_IS_BYTES && orientation === 1)
        return [{ mime: `image/${meta.format}`, data: new Uint8Array(bytes) }]
      const jpeg = await sharp(bytes, { limitInputPixels: MAX_PIXELS, autoOrient: true })
        .resize({ width: 4000, height: 4000, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 90 })
        .toBuffer()
      return [{ mime: 'image/jpeg', data: new Uint8Array(jpeg) }]
    } catch (error) {
      throw imageRefused(error, scan.document.name)
    }
  }
}

function imageRefused(error: unknown, name: string): Error {
  if (/pixel limit/i.test(String(error)))
    return userError('INVALID_FILE', 'ocr.pixel-bomb', '{{name}} has more pixels than Paperdesk will open', {
      name,
      limit: MAX_PIXELS / 1_000_000,
    })
  return userError('INVALID_FILE', 'ocr.not-an-image', '{{name}} is not an image or PDF Paperdesk can read', {
    name,
  })
}
