import { describe, expect, it } from 'vitest'
import { formatPageSpec, pagesOf, parsePageSpec } from './page-choice'

describe('choosing pages', () => {
  it('reads pages and ranges as people write them', () => {
    expect(parsePageSpec('1-4,9')).toEqual([1, 2, 3, 4, 9])
    expect(parsePageSpec(' 9, 2 ,2-3 ')).toEqual([2, 3, 9])
    expect(parsePageSpec('ALL')).toBe('all')
    expect(parsePageSpec('last')).toBe('last')
    expect(parsePageSpec('first')).toBe('first')
  })

  it('refuses what is not a page choice', () => {
    for (const bad of ['', '0', '4-2', '1,,2', 'a', '1-', '-3', '1.5', '1-999999'])
      expect(parsePageSpec(bad), bad).toBeNull()
  })

  it('writes a choice back in its shortest form', () => {
    expect(formatPageSpec([9, 1, 2, 3, 4])).toBe('1-4,9')
    expect(formatPageSpec([2, 4])).toBe('2,4')
    expect(formatPageSpec('last')).toBe('last')
  })

  it('resolves a choice against a document, naming a page it lacks', () => {
    expect(pagesOf('all', 3).pages).toEqual([1, 2, 3])
    expect(pagesOf('last', 3).pages).toEqual([3])
    expect(pagesOf([1, 3], 3).pages).toEqual([1, 3])
    expect(pagesOf([2, 5, 7], 3)).toEqual({ pages: [], missing: 5 })
  })
})
