import { describe, expect, it } from 'vitest'
import { clampInside, fitsPage, groupSize, stampPreview, type PlacedSignature } from './placement-model'

const page = { width: 2000, height: 1400 }
// A monospace-like measure: every character one em, so sizes are easy to reason about.
const measure = (text: string) => [...text].length

const placed = (patch: Partial<PlacedSignature>): PlacedSignature => ({
  key: 'k',
  signatureId: 1,
  aspect: 3,
  page: 0,
  x: 0.5,
  y: 0.5,
  width: 0.2,
  rotate: 0,
  opacity: 1,
  stamp: null,
  ...patch,
})

describe('placement model', () => {
  it('sizes the box to a stamp wider than the signature', () => {
    const p = placed({ stamp: { format: 'iso', label: '甲方代表经办人已阅核对确认：' } })
    const size = groupSize(p, page, measure)
    expect(size.sigWidth).toBe(400)
    expect(size.width).toBeGreaterThan(size.sigWidth * 2)
    expect(size.height).toBeCloseTo(400 / 3 + 1.15 * size.em)
  })

  it('moves a long stamp back onto the page instead of letting it run past the edge', () => {
    const p = placed({ x: 0.7, stamp: { format: 'iso', label: '甲方代表经办人已阅核对确认：' } })
    expect(fitsPage(p, page, measure)).toBe(false)
    const fixed = clampInside(p, page, measure)
    expect(fitsPage(fixed, page, measure)).toBe(true)
    expect(fixed.width).toBeCloseTo(0.2)
    expect(fixed.x + groupSize(fixed, page, measure).width / page.width).toBeLessThanOrEqual(1)
  })

  it('keeps a turned group inside, and shrinks one that cannot fit at its size', () => {
    const turned = clampInside(placed({ x: 0.79, y: 0.85, width: 0.2, rotate: 45 }), page, measure)
    expect(fitsPage(turned, page, measure)).toBe(true)
    const huge = clampInside(placed({ x: 0, width: 1, rotate: 90 }), page, measure)
    expect(huge.width).toBeLessThan(1)
    expect(fitsPage(huge, page, measure)).toBe(true)
  })

  it('previews a date in Chinese numerals as main writes it', () => {
    expect(stampPreview({ format: 'zh-hanzi', label: '' }, new Date(2026, 11, 4))).toBe(
      '二〇二六年十二月四日',
    )
    expect(stampPreview({ format: 'zh-hanzi', label: '日期：' }, new Date(2030, 9, 31))).toBe(
      '日期：二〇三〇年十月三十一日',
    )
  })
})
