import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { vectorArtToSvg } from './ink-art'
import { parseInkColor } from './ink-color'
import { strokesToArt } from './strokes-to-art'
import { svgToArt } from './svg-import'
import { scribble } from './test-support/sign-fixtures'
import { PointGroupSchema } from '../../../shared/contract/sign'

const reasonOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error instanceof AppError ? (error.details as { reason: string }).reason : String(error)
  }
  return 'no error'
}

describe('signature vector form', () => {
  it('turns strokes into trimmed, round-capped paths whose widths follow the speed', () => {
    const art = strokesToArt(PointGroupSchema.array().parse(scribble('rgb(26, 60, 255)')))
    // The scribble spans x 10…283 and y 25…80 give or take the pen: trimmed to that, not the pad.
    expect(art.minX).toBeGreaterThan(0)
    expect(art.width).toBeGreaterThan(270)
    expect(art.width).toBeLessThan(290)
    expect(art.height).toBeLessThan(90)
    expect(new Set(art.paths.map((p) => p.stroke))).toEqual(new Set(['#1a3cff']))
    expect(new Set(art.paths.map((p) => p.strokeWidth)).size).toBeGreaterThan(1)
  })

  it('a single tap becomes a dot', () => {
    const art = strokesToArt([
      {
        penColor: '#000',
        dotSize: 4,
        minWidth: 1,
        maxWidth: 3,
        velocityFilterWeight: 0.7,
        points: [{ x: 5, y: 5, time: 0 }],
      },
    ])
    expect(art.paths).toEqual([expect.objectContaining({ fill: '#000000' })])
  })

  it('reads back its own SVG exactly as drawn', () => {
    const art = strokesToArt(PointGroupSchema.array().parse(scribble()))
    const again = svgToArt(vectorArtToSvg(art))
    expect(again.paths.map((p) => [p.d, p.stroke, p.strokeWidth])).toEqual(
      art.paths.map((p) => [p.d, p.stroke, p.strokeWidth]),
    )
    expect([again.minX, again.width]).toEqual([art.minX, art.width])
  })

  it('reads signature_pad toSVG() output: paths, circles, rgb() colours, inherited paint', () => {
    const art = svgToArt(
      `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150" width="300" height="150">` +
        `<g fill="none"><path d="M 10 10 C 20 20, 30 30, 40 40" stroke-width="2.5" stroke="rgb(0, 0, 0)" stroke-linecap="round"/></g>` +
        `<circle r="1.5" cx="50" cy="50" fill="rgb(0,0,255)"/></svg>`,
    )
    expect(art.paths).toEqual([
      { d: 'M 10 10 C 20 20, 30 30, 40 40', stroke: '#000000', strokeWidth: 2.5 },
      expect.objectContaining({ fill: '#0000ff' }),
    ])
  })

  it('refuses what cannot be drawn as plain paths', () => {
    const svg = (inner: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${inner}</svg>`
    expect(reasonOf(() => svgToArt(svg('<text>hi</text>')))).toBe('sign.svg-unsupported')
    expect(reasonOf(() => svgToArt(svg('<image href="x.png"/>')))).toBe('sign.svg-unsupported')
    expect(reasonOf(() => svgToArt(svg('<path d="M0 0L1 1" transform="rotate(3)"/>')))).toBe(
      'sign.svg-unsupported',
    )
    expect(reasonOf(() => svgToArt(svg('<path d="M0 0L1 1" fill="url(#g)"/>')))).toBe('sign.svg-unsupported')
    expect(reasonOf(() => svgToArt(svg('')))).toBe('sign.no-ink')
    expect(reasonOf(() => svgToArt('hello'))).toBe('sign.not-svg')
    expect(reasonOf(() => svgToArt('<!DOCTYPE svg [<!ENTITY x "y">]><svg viewBox="0 0 1 1"/>'))).toBe(
      'sign.svg-unsupported',
    )
  })

  it('parses the colours signature_pad and SVG files use', () => {
    expect(['#abc', 'rgba(1,2,3,0.5)', 'Black', '#A0B0C0FF', 'hsl(1,2%,3%)'].map(parseInkColor)).toEqual([
      '#aabbcc',
      '#010203',
      '#000000',
      '#a0b0c0',
      null,
    ])
  })
})
