import type { OcrLine } from './reading-order'

export type { OcrBox, OcrLine, OcrSpan } from './reading-order'

/** The text read from one page of a PDF, or from an image. */
export interface OcrPage {
  /** 1-based page number (an image is page 1). */
  page: number
  /** The page's size in `unit`s: PDF points for a PDF page (as shown: crop box, /Rotate), pixels for an image. */
  width: number
  height: number
  unit: 'pt' | 'px'
  /** Lines in reading order; none for a blank page. */
  lines: OcrLine[]
  /** The lines' text, one line each. */
  text: string
  /** The page already carries text of its own, so it was not read (searchable copies only). */
  hasText?: boolean
}

/** Where the bytes to read come from: a file, or bytes already in hand (an asset of a note). */
export type OcrSource = { path: string; name?: string } | { bytes: Uint8Array; name: string }

/** What `recognizeFile` returns: every page asked for, in order. */
export interface OcrResult {
  kind: 'image' | 'pdf'
  /** Pages the document has (1 for an image). */
  pageCount: number
  pages: OcrPage[]
  /** Every page's text, pages separated by a blank line. */
  text: string
}

/** Lines read below this confidence are worth a second look (the UI marks them). */
export const LOW_CONFIDENCE = 0.8
