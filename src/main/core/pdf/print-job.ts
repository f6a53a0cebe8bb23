export const pageSizes = ['A4', 'A5', 'Letter', 'Legal'] as const
export type PageSize = (typeof pageSizes)[number]

/** Page sizes in millimetres, portrait. */
export const pageSizeMm: Readonly<Record<PageSize, { width: number; height: number }>> = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
  Letter: { width: 215.9, height: 279.4 },
  Legal: { width: 215.9, height: 355.6 },
}

export interface MarginsMm {
  top: number
  right: number
  bottom: number
  left: number
}

/**
 * One HTML document to print to PDF through Chromium's print pipeline. The printer runs it with
 * JavaScript disabled, so nothing in `html` ever executes; it waits for fonts and images itself.
 * Images must be inline (`data:` URLs): the print page can reach nothing else.
 */
export interface PrintJob {
  html: string
  pageSize: PageSize
  landscape: boolean
  marginMm: MarginsMm
  /**
   * Chromium header/footer templates (elements with class `pageNumber`, `totalPages`, `title`,
   * `date` are filled in). Both absent: no header or footer.
   */
  headerTemplate?: string
  footerTemplate?: string
  /** PDF bookmarks (outline) from the document's headings. */
  outline: boolean
}

/** A print session: one browser (or hidden window) kept for several jobs, closed at the end. */
export interface Printer {
  print(job: PrintJob, signal?: AbortSignal): Promise<Uint8Array>
  close(): Promise<void>
}
