/**
 * The font the preview draws a stamp in, and its width in em. Main draws the stamp from Noto Sans
 * CJK SC outlines; the preview uses the same face, so measuring it here sizes the box to what the
 * export draws.
 */
export const STAMP_FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", sans-serif'

const cache = new Map<string, number>()
let context: { font: string; measureText(text: string): { width: number } } | null | undefined

function canvasContext() {
  if (context !== undefined) return context
  const doc = (globalThis as { document?: { createElement(tag: 'canvas'): HTMLCanvasElement } }).document
  context = doc?.createElement('canvas').getContext('2d') ?? null
  if (context) context.font = `100px ${STAMP_FONT_STACK}`
  return context
}

/** Without a canvas (unit tests): full-width characters take an em, the rest about half of one. */
function estimateEm(text: string): number {
  let em = 0
  for (const ch of text) em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.56
  return em
}

/** The advance width of `text` in em of the stamp font. */
export function measureStampEm(text: string): number {
  const hit = cache.get(text)
  if (hit !== undefined) return hit
  const ctx = canvasContext()
  const em = ctx ? ctx.measureText(text).width / 100 : estimateEm(text)
  if (cache.size > 500) cache.clear()
  cache.set(text, em)
  return em
}

/** Forgets measurements taken before a font finished loading. */
export function resetStampMeasures(): void {
  cache.clear()
}
