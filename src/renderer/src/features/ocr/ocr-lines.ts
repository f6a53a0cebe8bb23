import type { OcrResultView } from '../../../../shared/contract/ocr'

/** Lines read below this confidence are marked for a second look (the core's `LOW_CONFIDENCE`). */
export const LOW_CONFIDENCE = 0.8

/** One line of the result as the user edits it: the text, and how sure the reader was. */
export interface EditableLine {
  text: string
  confidence: number
  low: boolean
}

export interface EditablePage {
  page: number
  lines: EditableLine[]
  /** The page's size in its unit, to place the lines' boxes over its picture. */
  width: number
  height: number
  boxes: Array<{ x: number; y: number; width: number; height: number }>
}

/** The pages of a finished reading, ready to edit. */
export function editablePages(result: OcrResultView): EditablePage[] {
  return result.pages.map((p) => ({
    page: p.page,
    width: p.width,
    height: p.height,
    boxes: p.lines.map((l) => l.box),
    lines: p.lines.map((l) => ({
      text: l.text,
      confidence: l.confidence,
      low: l.confidence < LOW_CONFIDENCE,
    })),
  }))
}

/** The text as edited: a line each, pages separated by a blank line (empty lines left out). */
export function editedText(pages: readonly EditablePage[]): string {
  return pages
    .map((p) =>
      p.lines
        .map((l) => l.text.trim())
        .filter((l) => l !== '')
        .join('\n'),
    )
    .filter((text) => text !== '')
    .join('\n\n')
}

/** A note title from the file name: without its extension. */
export function titleFromName(name: string): string {
  return name.replace(/\.[a-z0-9]{1,5}$/i, '') || name
}
