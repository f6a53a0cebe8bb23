import { describe, expect, it } from 'vitest'
import { formatStampDate, localIsoDate, stampLine } from './stamp-date'

describe('the date under a signature', () => {
  it('is written in each format', () => {
    const formats = ['zh-long', 'iso', 'slash', 'en-long', 'en-us'] as const
    expect(formats.map((f) => formatStampDate('2026-12-04', f))).toEqual([
      '2026年12月4日',
      '2026-12-04',
      '2026/12/04',
      '4 December 2026',
      'December 4, 2026',
    ])
  })

  it('is the local day, and follows its label', () => {
    expect(localIsoDate(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09')
    expect(stampLine(' 签署日期： ', '2026年1月9日')).toBe('签署日期：2026年1月9日')
    expect(stampLine('Signed:', 'January 9, 2026')).toBe('Signed: January 9, 2026')
    expect(stampLine('', '2026-01-09')).toBe('2026-01-09')
    expect(stampLine('同意', '')).toBe('同意')
  })
})
