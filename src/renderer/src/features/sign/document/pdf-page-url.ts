// Restated from shared/pdf-page-asset (the renderer imports only types from shared); a test
// checks that every path built here is one main serves.
const PAGE_WIDTH_STEP = 64
const MAX_PAGE_WIDTH = 4096

/** The width to ask main for, to fill `cssWidth` CSS pixels at this pixel ratio (in steps, so zooming reuses pages). */
export function pageWidthFor(cssWidth: number, devicePixelRatio: number): number {
  const wanted = Math.ceil((cssWidth * Math.max(1, devicePixelRatio)) / PAGE_WIDTH_STEP) * PAGE_WIDTH_STEP
  return Math.min(MAX_PAGE_WIDTH, Math.max(PAGE_WIDTH_STEP, wanted))
}

/** `sign-doc/<token>/page-<index>-<width>.jpg`: page `index` (from 0) of an open PDF, drawn by main. */
export function pdfPagePath(token: string, index: number, width: number): string {
  return `sign-doc/${token}/page-${index}-${width}.jpg`
}
