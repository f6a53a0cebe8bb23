/**
 * Where main serves a drawn page of an open PDF: `sign-doc/<token>/page-<index>-<width>.jpg`
 * (index from 0, width in pixels). The renderer builds these URLs for `<img>` elements; main's
 * asset handler parses them. Widths come in steps so zooming reuses pages already drawn.
 */
const FILE = /^page-(\d{1,5})-(\d{2,4})\.jpg$/

export const PAGE_WIDTH_STEP = 64
export const MAX_PAGE_WIDTH = 4096

/** The width to ask for to fill `cssWidth` CSS pixels at this device pixel ratio. */
export function pageWidthFor(cssWidth: number, devicePixelRatio: number): number {
  const wanted = Math.ceil((cssWidth * Math.max(1, devicePixelRatio)) / PAGE_WIDTH_STEP) * PAGE_WIDTH_STEP
  return Math.min(MAX_PAGE_WIDTH, Math.max(PAGE_WIDTH_STEP, wanted))
}

export function pdfPageAssetPath(token: string, index: number, width: number): string {
  return `sign-doc/${token}/page-${index}-${width}.jpg`
}

/** The page and width a file name asks for; null for any other name or a width off the steps. */
export function parsePdfPageFile(file: string): { index: number; width: number } | null {
  const match = FILE.exec(file)
  if (!match) return null
  const index = Number(match[1])
  const width = Number(match[2])
  if (width % PAGE_WIDTH_STEP !== 0 || width < PAGE_WIDTH_STEP || width > MAX_PAGE_WIDTH) return null
  return { index, width }
}
