import { describe, expect, it } from 'vitest'
import {
  pageWidthFor as sharedWidthFor,
  parsePdfPageFile,
  pdfPageAssetPath,
} from '../../../../../shared/pdf-page-asset'
import { pageWidthFor, pdfPagePath } from './pdf-page-url'

describe('PDF page URLs in the renderer', () => {
  it('asks only for pages main serves, at the widths main would choose', () => {
    for (const ratio of [1, 1.25, 1.5, 2, 3])
      for (const css of [1, 40, 96, 200, 333, 800, 1200, 2400, 9000]) {
        const width = pageWidthFor(css, ratio)
        expect(width).toBe(sharedWidthFor(css, ratio))
        expect(width).toBeGreaterThanOrEqual(Math.min(4096, css * ratio))
        const path = pdfPagePath('tok_en-1', 7, width)
        expect(path).toBe(pdfPageAssetPath('tok_en-1', 7, width))
        expect(parsePdfPageFile(path.split('/').at(-1) as string)).toEqual({ index: 7, width })
      }
  })
})
