import { PDFDict, PDFDocument, PDFName, PDFNumber, type PDFPage } from 'pdf-lib'
import { userError } from '../../../shared/app-error'
import { MAX_PDF_PAGES, tooManyPages } from '../pdf-raster/pdf-draw'
import { isPdf } from './pdf-magic'
import { implausibleXrefStream } from './pdf-xref-streams'
import type { PageBox } from './place-group'
import type { Matrix } from './matrix'

export interface PdfFacts {
  pages: PageBox[]
  hasForm: boolean
  /** Signed signature fields (digital signatures) already in the document. */
  signatures: number
}

export { isPdf }

/** Opens a PDF for stamping; an encrypted, damaged or empty one is refused with the reason. */
export async function loadPdf(bytes: Uint8Array, name: string): Promise<PDFDocument> {
  if (!isPdf(bytes)) throw userError('INVALID_FILE', 'sign.not-a-pdf', `${name} is not a PDF`, { name })
  if (implausibleXrefStream(bytes))
    throw userError('INVALID_FILE', 'sign.pdf-corrupt', `${name} is damaged or incomplete`, { name })
  let doc: PDFDocument
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true })
  } catch (error) {
    // pdf-lib's error classes are compiled to ES5, so `instanceof EncryptedPDFError` never holds.
    if (error instanceof Error && /is encrypted/.test(error.message))
      throw userError('INVALID_FILE', 'sign.pdf-encrypted', `${name} is encrypted`, { name })
    throw userError('INVALID_FILE', 'sign.pdf-corrupt', `${name} is damaged or incomplete`, { name })
  }
  // A page tree may claim (or hold) more pages than anyone signs; walking it would take minutes.
  const claimed = claimedPages(doc)
  if (claimed > MAX_PDF_PAGES) throw tooManyPages(claimed, name)
  // pdf-lib is lenient: a truncated file can parse without its pages or with broken boxes.
  let pages: PDFPage[]
  try {
    pages = doc.getPages()
    if (pages.length === 0) throw new Error('no pages')
    for (const page of pages) visualPage(page)
  } catch {
    throw userError('INVALID_FILE', 'sign.pdf-corrupt', `${name} is damaged or incomplete`, { name })
  }
  if (pages.length > MAX_PDF_PAGES) throw tooManyPages(pages.length, name)
  return doc
}

/** The root page tree's /Count (what readers show as the page count); 0 when missing or odd. */
function claimedPages(doc: PDFDocument): number {
  try {
    const count = doc.catalog
      .lookupMaybe(PDFName.of('Pages'), PDFDict)
      ?.lookupMaybe(PDFName.of('Count'), PDFNumber)
    return count?.asNumber() ?? 0
  } catch {
    return 0
  }
}

function rotationOf(page: PDFPage): 0 | 90 | 180 | 270 {
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as number
  return angle === 90 || angle === 180 || angle === 270 ? angle : 0
}

/** The page as a reader shows it: the crop box, turned by /Rotate. */
export function visualPage(page: PDFPage): PageBox {
  const crop = page.getCropBox()
  if (!(crop.width > 0 && crop.height > 0)) throw new Error('empty page box')
  const turned = rotationOf(page) % 180 !== 0
  return turned ? { width: crop.height, height: crop.width } : { width: crop.width, height: crop.height }
}

/**
 * Maps the visible page (origin top-left, y down, in points) onto the page's user space: the crop
 * box may start anywhere, and /Rotate turns what the reader shows clockwise.
 */
export function visualToUserSpace(page: PDFPage): Matrix {
  const { x, y, width, height } = page.getCropBox()
  const x1 = x + width
  const y1 = y + height
  switch (rotationOf(page)) {
    case 90:
      return [0, 1, 1, 0, x, y]
    case 180:
      return [-1, 0, 0, 1, x1, y]
    case 270:
      return [0, -1, -1, 0, x1, y1]
    default:
      return [1, 0, 0, -1, x, y1]
  }
}

export function pdfFacts(doc: PDFDocument): PdfFacts {
  return { pages: doc.getPages().map(visualPage), hasForm: hasFormFields(doc), signatures: signedFields(doc) }
}

/** Signature fields that hold a signature: rewriting such a file would break them. */
export function signedFields(doc: PDFDocument): number {
  try {
    const fields = doc.catalog.getAcroForm()?.getAllFields() ?? []
    return fields.filter(
      ([field]) =>
        field.dict.lookup(PDFName.of('FT')) === PDFName.of('Sig') && field.dict.has(PDFName.of('V')),
    ).length
  } catch {
    return 0
  }
}

function hasFormFields(doc: PDFDocument): boolean {
  try {
    return doc.getForm().getFields().length > 0
  } catch {
    // A broken AcroForm is no form we could flatten.
    return false
  }
}
