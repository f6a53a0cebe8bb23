import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { decodeEntities } from '../html/html-entities'

const POINTS_PER_MM = 72 / 25.4

/** The text of each heading of a printed document, in document order (the outline's order). */
export function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map(([, , inner]) =>
    decodeEntities((inner as string).replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

export interface FinishOptions {
  /** The page's exact size in millimetres (portrait or landscape as printed). */
  pageMm: { width: number; height: number }
  /** Every bookmark's title in outline order (preorder), or null to leave them. */
  headings: readonly string[] | null
}

/**
 * The last touches Chromium's PDF writer cannot make, in one pass: every page gets the exact
 * paper size (Chromium rounds A4 to 595.92 × 841.92 pt; ISO's is 595.28 × 841.89, the top-left
 * kept, so only margin is trimmed), and every bookmark gets its heading's own text (Chromium
 * builds titles from the laid-out text, which repeats a heading carried to the top of the next
 * page: "Section 4Section 4").
 */
export async function finishPdf(pdf: Uint8Array, o: FinishOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const width = o.pageMm.width * POINTS_PER_MM
  const height = o.pageMm.height * POINTS_PER_MM
  for (const page of doc.getPages()) {
    const box = page.getMediaBox()
    const top = box.y + box.height
    page.setMediaBox(box.x, top - height, width, height)
    page.setCropBox(box.x, top - height, width, height)
  }
  if (o.headings) retitle(doc, o.headings)
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false })
}

/** Walks the outline in preorder, giving each bookmark the next heading's text. */
function retitle(doc: PDFDocument, headings: readonly string[]): void {
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const items: PDFDict[] = []
  const walk = (first: PDFDict | undefined) => {
    for (let item = first, guard = 0; item && guard < 100_000; guard++) {
      items.push(item)
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict))
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
    }
  }
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict))
  // Each heading makes one bookmark; if Chromium made a different number, titles stay as they are.
  if (items.length !== headings.length) return
  items.forEach((item, i) => item.set(PDFName.of('Title'), PDFHexString.fromText(headings[i] as string)))
}
