import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/errors'
import { stampText } from '../group-art'
import { formatStampDate, stampShape, unsupportedStampChars } from './stamp-text'

describe('date stamps', () => {
  it('formats the date in Chinese and English styles', () => {
    expect(
      (['zh-long', 'iso', 'slash', 'en-long', 'en-us'] as const).map((f) => formatStampDate('2026-03-05', f)),
    ).toEqual(['2026年3月5日', '2026-03-05', '2026/03/05', '5 March 2026', 'March 5, 2026'])
  })

  it('writes a date all in Chinese numerals', () => {
    expect(formatStampDate('2026-12-04', 'zh-hanzi')).toBe('二〇二六年十二月四日')
    expect(formatStampDate('2030-10-31', 'zh-hanzi')).toBe('二〇三〇年十月三十一日')
    expect(formatStampDate('2008-02-20', 'zh-hanzi')).toBe('二〇〇八年二月二十日')
  })

  it('puts the label before the date, with no space after a full-width colon', () => {
    const now = new Date(2026, 2, 5, 23, 30)
    expect(stampText({ format: 'zh-long', label: '签署日期：', dateOff: false }, now)).toBe(
      '签署日期：2026年3月5日',
    )
    expect(stampText({ format: 'en-us', label: 'Signed:', dateOff: false }, now)).toBe(
      'Signed: March 5, 2026',
    )
    expect(stampText({ format: 'iso', label: '', date: '2025-12-31', dateOff: false }, now)).toBe(
      '2025-12-31',
    )
    expect(stampText({ format: 'iso', label: '同意', dateOff: true }, now)).toBe('同意')
  })

  it('draws every character of a Chinese date as glyph outlines', () => {
    const shape = stampShape('2026年12月31日', '#000000')
    expect(shape.paths).toHaveLength(1)
    expect(shape.paths[0]?.d).toMatch(/^M[\d.-]+ [\d.-]+L/)
    // Three CJK glyphs (1 em each) and eight digits (about half an em each).
    expect(shape.widthEm).toBeGreaterThan(6)
    expect(shape.widthEm).toBeLessThan(8.5)
  })

  it('draws any everyday name, and refuses a character the font lacks, naming it', () => {
    expect(unsupportedStampChars('王晓明 张三 欧阳喆 李堃 2026年12月4日 已核对 No.HT-2026/018')).toEqual([])
    // 𠮷 (U+20BB7, a variant of 吉 in some family names) is outside GBK and the bundled font.
    expect(unsupportedStampChars('𠮷野家 𠮷')).toEqual(['𠮷'])
    try {
      stampShape('王𠮷', '#000000')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(AppError)
      expect((error as AppError).details).toMatchObject({ reason: 'sign.stamp-chars', chars: '𠮷' })
    }
  })
})
