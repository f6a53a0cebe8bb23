import { describe, expect, it } from 'vitest'
import type { EngineLine } from './engine/ocr-engine'
import { rectCorners } from './engine/raster'
import { readingOrder } from './reading-order'

/** A line the engine might have read: text, centre, size (pixels), baseline angle (degrees). */
function line(text: string, cx: number, cy: number, width: number, height = 40, degrees = 0): EngineLine {
  const rect = { cx, cy, width, height, angle: (degrees * Math.PI) / 180 }
  return { text, confidence: 0.95, rect, quad: rectCorners(rect) }
}

const texts = (lines: EngineLine[]) => readingOrder(lines).map((l) => l.text)

describe('reading order', () => {
  it('reads two columns of prose one after the other, under a title that spans both', () => {
    const left = (n: number) => line(`左栏第${n}行的正文内容写满了整整一行文字`, 550, 300 + n * 60, 900)
    const right = (n: number) =>
      line(`Right column line ${n} fills its whole width too`, 1650, 300 + n * 60, 900)
    const lines = [
      right(1),
      left(1),
      right(2),
      left(2),
      right(3),
      left(3),
      line('标题 Title', 1100, 150, 600),
    ]
    expect(texts(lines)).toEqual([
      '标题 Title',
      ...[1, 2, 3].map((n) => left(n).text),
      ...[1, 2, 3].map((n) => right(n).text),
    ])
  })

  it('reads a table row by row, each row one line, cells in order', () => {
    const lines = [
      line('数量', 900, 200, 120),
      line('品名', 300, 200, 120),
      line('单价', 1500, 200, 120),
      line('打印纸', 300, 270, 180),
      line('10', 900, 270, 60),
      line('25.00', 1500, 270, 150),
      line('墨盒', 300, 340, 120),
      line('2', 900, 340, 30),
      line('180.00', 1500, 340, 170),
    ]
    expect(texts(lines)).toEqual(['品名 数量 单价', '打印纸 10 25.00', '墨盒 2 180.00'])
  })

  it('keeps the rows of a skewed page apart and in order', () => {
    // A 2° turn lifts the end of a 1600 px line by 56 px: more than a line's spacing.
    const skew = 2
    const at = (n: number) => {
      const x = 900
      const y = 300 + n * 50
      const t = (skew * Math.PI) / 180
      return line(
        `第${n}行 line ${n}`,
        x * Math.cos(t) - y * Math.sin(t),
        x * Math.sin(t) + y * Math.cos(t),
        1600,
        36,
        skew,
      )
    }
    expect(texts([at(3), at(1), at(4), at(2)])).toEqual([1, 2, 3, 4].map((n) => `第${n}行 line ${n}`))
  })

  it('joins pieces of one Chinese line split at a narrow gap without a space, and gives boxes', () => {
    const [joined] = readingOrder([line('合同', 100, 100, 80), line('编号', 200, 100, 80)])
    expect(joined!.text).toBe('合同编号')
    expect(joined!.spans).toHaveLength(2)
    expect(joined!.box).toEqual({ x: 60, y: 80, width: 180, height: 40 })
    expect(readingOrder([])).toEqual([])
  })
})
