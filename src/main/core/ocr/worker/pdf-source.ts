import { AppError, userError } from '../../../../shared/app-error'
import { drawPagePixels, openDocument, type PagePixels } from '../../pdf-raster/pdf-draw'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * The PDF the worker reads pages of. One document stays open (keyed by the caller), so reading
 * page after page of a long scan parses the file once; another key closes it.
 */
export class OpenPdf {
  private key = ''
  private doc: Promise<PDFDocumentProxy> | null = null

  async pageCount(key: string, bytes: () => Uint8Array, name: string): Promise<number> {
    return (await this.open(key, bytes, name)).numPages
  }

  async draw(
    key: string,
    bytes: () => Uint8Array,
    name: string,
    index: number,
    dpi: number,
  ): Promise<PagePixels> {
    const doc = await this.open(key, bytes, name)
    if (index < 0 || index >= doc.numPages)
      throw userError('VALIDATION', 'ocr.no-such-page', '{{name}} has no page {{page}} (it has {{pages}})', {
        name,
        page: index + 1,
        pages: doc.numPages,
      })
    return this.onPage(name, () => drawPagePixels(doc, index, dpi))
  }

  /** How many characters of text the page already carries (a born-digital page, or one OCR'd before). */
  async textLength(key: string, bytes: () => Uint8Array, name: string, index: number): Promise<number> {
    const doc = await this.open(key, bytes, name)
    const content = await this.onPage(name, async () => (await doc.getPage(index + 1)).getTextContent())
    let length = 0
    for (const item of content.items) if ('str' in item) length += item.str.replace(/\s+/g, '').length
    return length
  }

  async close(): Promise<void> {
    const doc = this.doc
    this.doc = null
    this.key = ''
    await doc?.then((d) => d.loadingTask.destroy()).catch(() => undefined)
  }

  /**
   * pdf.js finds a page by walking the page tree, and reads it only then: a tree that loops or a
   * page that is not a page throws a plain Error, which the user should read as a damaged file.
   */
  private async onPage<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      throw error instanceof AppError ? error : pdfError(error, name)
    }
  }

  private open(key: string, bytes: () => Uint8Array, name: string): Promise<PDFDocumentProxy> {
    if (this.doc && this.key === key) return this.doc
    void this.close()
    this.key = key
    const doc = openDocument(bytes()).catch((error: unknown) => {
      if (this.doc === doc) void this.close()
      throw pdfError(error, name)
    })
    this.doc = doc
    return doc
  }
}

/** pdf.js's refusal as the reason the user reads. */
export function pdfError(error: unknown, name: string): Error {
  const kind = error instanceof Error ? error.name : ''
  if (kind === 'PasswordException')
    return userError('INVALID_FILE', 'ocr.pdf-encrypted', '{{name}} is protected by a password', { name })
  return userError(
    'INVALID_FILE',
    'ocr.pdf-damaged',
    '{{name}} is not a PDF Paperdesk can read, or it is damaged',
    {
      name,
    },
  )
}
