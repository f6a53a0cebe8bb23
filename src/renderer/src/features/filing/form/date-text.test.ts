import { describe, expect, it } from 'vitest'
import { formatDay, parseDateText } from './date-text'

describe('dates as users type them', () => {
  it.each([
    ['2026-03-15', '2026-03-15'],
    ['2026/3/15', '2026-03-15'],
    ['2026.03.15', '2026-03-15'],
    ['2026年3月15日', '2026-03-15'],
    ['２０２６年３月１５日', '2026-03-15'],
    ['20260315', '2026-03-15'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('reads %s', (text, day) => {
    expect(parseDateText(text)).toBe(day)
  })

  it.each(['2026-02-30', '2025-02-29', '15/03/2026', '2026-3', 'tomorrow', ''])('refuses %s', (text) => {
    expect(parseDateText(text)).toBeNull()
  })

  it('shows a stored day in the app’s language', () => {
    expect(formatDay('2026-03-15', 'zh-CN')).toBe('2026年3月15日')
    expect(formatDay('2026-03-15', 'en')).toBe('March 15, 2026')
  })
})
