import { isPdf } from './pdf-magic'

/** Which pages to sign: the first, the last, all, or these page numbers (1-based). */
export type PageChoice = 'first' | 'last' | 'all' | readonly number[]

async function pageCount(bytes: Uint8Array): Promise<number> {
  if (!isPdf(bytes)) return 1
  // A PDF that will not load is refused with its reason when it is signed; one page gets it there.
  const { PDFDocument } = await import('pdf-lib')
  return PDFDocument.load(bytes, { updateMetadata: false })
    .then((d) => d.getPageCount())
    .catch(() => 1)
}

/**
 * The 0-based pages a choice means for a document (an image has one page). Page numbers are taken
 * as given: one the document lacks is refused, naming it, when the signature is laid out.
 */
export async function pagesToSign(bytes: Uint8Array, choice: PageChoice): Promise<number[]> {
  if (typeof choice !== 'string') return [...new Set(choice)].map((p) => p - 1)
  if (choice === 'first') return [0]
  const count = await pageCount(bytes)
  if (choice === 'last') return [Math.max(0, count - 1)]
  return Array.from({ length: count }, (_, i) => i)
}
