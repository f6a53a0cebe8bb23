/** Han ideographs, kana, Hangul and CJK punctuation-free scripts: each character is a word. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu

export interface TextCount {
  /** Characters other than whitespace. */
  characters: number
  /** Each CJK character counts one, each run of other letters or digits one (Word's 字数). */
  words: number
}

/**
 * Counts text the way a Chinese writer expects: CKEditor's word count sees a run of Han
 * characters as a single word, so "今天天气很好" would be 1; here it is 6.
 */
export function countText(text: string): TextCount {
  let characters = 0
  let cjk = 0
  for (const ch of text) {
    if (/\s/u.test(ch)) continue
    characters++
    if (CJK.test(ch)) cjk++
  }
  const rest = text.replace(new RegExp(CJK.source, 'gu'), ' ')
  const latin = rest.match(LATIN_WORD)?.length ?? 0
  return { characters, words: cjk + latin }
}
