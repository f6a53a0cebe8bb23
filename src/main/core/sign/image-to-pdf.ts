import { PDFDocument } from 'pdf-lib'
import type { ImageFacts } from './image-input'

const A4_LONG_EDGE_INCHES = 11.69

/**
 * The density a one-page PDF of the image is sized from: the file's own, or, when it has none,
 * one that makes the long edge as long as A4's (a phone photo becomes a page, not a poster).
 */
export function pdfDensity(facts: ImageFacts): number {
  return facts.density ?? Math.max(72, Math.max(facts.width, facts.height) / A4_LONG_EDGE_INCHES)
}

/** A one-page PDF holding the upright image at its full resolution, sized in points from its density. */
export async function imageToPdf(
  image: { data: Buffer; format: 'jpeg' | 'png' },
  facts: ImageFacts,
): Promise<PDFDocument> {
  const doc = await PDFDocument.create()
  const dpi = pdfDensity(facts)
  const width = (facts.width * 72) / dpi
  const height = (facts.height * 72) / dpi
  const page = doc.addPage([width, height])
  const embedded = image.format === 'jpeg' ? await doc.embedJpg(image.data) : await doc.embedPng(image.data)
  page.drawImage(embedded, { x: 0, y: 0, width, height })
  return doc
}
