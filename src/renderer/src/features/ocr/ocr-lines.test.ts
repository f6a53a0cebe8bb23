import { describe, expect, it } from 'vitest'
import { editablePages, editedText, titleFromName } from './ocr-lines'

const box = { x: 0, y: 0, width: 10, height: 10 }

describe('the OCR result as the user edits it', () => {
  it('marks lines read with little confidence and joins the edited text page by page', () => {
    const pages = editablePages({
      kind: 'pdf',
      pageCount: 3,
      text: '',
      pages: [
        {
          page: 1,
          width: 100,
          height: 100,
          unit: 'pt',
          text: '',
          lines: [{ text: '甲方', box, confidence: 0.99 }],
        },
        { page: 2, width: 100, height: 100, unit: 'pt', text: '', lines: [] },
        {
          page: 3,
          width: 100,
          height: 100,
          unit: 'pt',
          text: '',
          lines: [
            { text: '乙方', box, confidence: 0.5 },
            { text: ' ', box, confidence: 0.9 },
          ],
        },
      ],
    })
    expect(pages.map((p) => p.lines.map((l) => l.low))).toEqual([[false], [], [true, false]])
    pages[2]!.lines[0]!.text = '乙方（已核对）'
    expect(editedText(pages)).toBe('甲方\n\n乙方（已核对）')
  })

  it('titles a note after the file without its extension', () => {
    expect(titleFromName('合同扫描.pdf')).toBe('合同扫描')
    expect(titleFromName('photo')).toBe('photo')
  })
})
