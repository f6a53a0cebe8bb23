import { describe, expect, it } from 'vitest'
import { splitInk } from './pdf-ink-image'

const rgba = (...pixels: Array<[number, number, number, number]>) => Uint8Array.from(pixels.flat())

describe('an ink image split for a PDF', () => {
  it('keeps the soft mask exactly, and gives the fading edge of one ink that ink’s colour', () => {
    // Red ink, an edge whose colour is rounding noise, then transparency.
    const { rgb, alpha } = splitInk(
      rgba([210, 35, 42, 255], [207, 38, 40, 90], [255, 0, 85, 3], [0, 0, 0, 0]),
      4,
      1,
    )
    expect([...alpha]).toEqual([255, 90, 3, 0])
    expect([...rgb]).toEqual([210, 35, 42, 210, 35, 42, 255, 0, 85, 210, 35, 42])
  })

  it('keeps the colour of an edge that belongs to another ink', () => {
    const { rgb } = splitInk(rgba([20, 20, 20, 255], [30, 60, 200, 128], [30, 60, 200, 255]), 3, 1)
    expect([...rgb.subarray(3, 6)]).toEqual([30, 60, 200])
  })
})
