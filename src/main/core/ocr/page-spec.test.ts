import { describe, expect, it } from 'vitest'
import { parsePageSpec } from './page-spec'

describe('page lists', () => {
  it('reads ranges, open ends and single pages, each page once, in the order written', () => {
    expect(parsePageSpec(undefined, 3)).toEqual([1, 2, 3])
    expect(parsePageSpec(' ', 2)).toEqual([1, 2])
    expect(parsePageSpec('2-3,1,3', 5)).toEqual([2, 3, 1])
    expect(parsePageSpec('4-', 6)).toEqual([4, 5, 6])
    expect(parsePageSpec('-2', 6)).toEqual([1, 2])
  })

  it('refuses a malformed list and a page the document does not have', () => {
    for (const bad of ['a', '3-1', '0', '1,,2', '-', '1.5'])
      expect(() => parsePageSpec(bad, 9), bad).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ reason: 'ocr.bad-pages' }) }),
      )
    expect(() => parsePageSpec('2-7', 5)).toThrow(/no page 7/)
  })
})
