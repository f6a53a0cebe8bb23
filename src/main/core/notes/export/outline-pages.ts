import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib'

/**
 * The 1-based page each top-level bookmark of a PDF points at, in order, and the page count.
 * Chromium makes one top-level bookmark per <h1>, and each printed note's title is its only <h1>,
 * so this says on which page each note starts.
 */
export async function topLevelBookmarkPages(
  pdf: Uint8Array,
): Promise<{ starts: number[]; pages: number; titles: string[] }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const pageRefs = doc.getPages().map((page) => page.ref)
  const pageOf = (ref: unknown) =>
    ref instanceof PDFRef ? pageRefs.findIndex((r) => r.objectNumber === ref.objectNumber) + 1 : 0
  const starts: number[] = []
  const titles: string[] = []
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict)
  for (let guard = 0; item && guard < 100_000; guard++) {
    let dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
    if (!dest) dest = item.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray)
    starts.push(dest ? pageOf(dest.get(0)) : 0)
    titles.push(decodeTitle(item.lookup(PDFName.of('Title'))))
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return { starts, pages: pageRefs.length, titles }
}

function decodeTitle(value: unknown): string {
  const decoded = (value as { decodeText?: () => string } | undefined)?.decodeText?.()
  return typeof decoded === 'string' ? decoded : ''
}

/**
 * Sets the top-level bookmarks' titles to the notes' titles. Chromium builds them from the
 * headings' text, which some layouts repeat ("TitleTitle"); the note's own title is the truth.
 */
export async function retitleBookmarks(pdf: Uint8Array, titles: readonly string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false })
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict)
  let changed = false
  for (let i = 0; item && i < titles.length; i++) {
    const wanted = titles[i] as string
    if (decodeTitle(item.lookup(PDFName.of('Title'))) !== wanted) {
      item.set(PDFName.of('Title'), PDFHexString.fromText(wanted))
      changed = true
    }
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return changed ? doc.save({ useObjectStreams: false, updateFieldAppearances: false }) : pdf
}
