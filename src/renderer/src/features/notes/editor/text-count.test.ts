import { describe, expect, it } from 'vitest'
import { countText } from './text-count'

describe('countText', () => {
  it('counts each Chinese character as a word, and Latin text by word', () => {
    expect(countText('今天天气很好')).toEqual({ characters: 6, words: 6 })
    expect(countText('Hello world')).toEqual({ characters: 10, words: 2 })
    expect(countText('我用 SQLite 做了 3 个测试。')).toEqual({ characters: 15, words: 9 })
  })

  it('ignores whitespace and counts emoji and kana as characters', () => {
    expect(countText('  \n\t ')).toEqual({ characters: 0, words: 0 })
    expect(countText('ひらがな 한국어 😀')).toEqual({ characters: 8, words: 7 })
    expect(countText("don't re-use it")).toEqual({ characters: 13, words: 3 })
  })
})
