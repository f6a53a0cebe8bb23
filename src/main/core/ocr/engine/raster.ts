/** Pixels the engine works on: 8-bit RGB, row after row, no padding. */
export interface RgbImage {
  data: Uint8Array
  width: number
  height: number
}

/** A point in image pixels (x right, y down). */
export interface Point {
  x: number
  y: number
}

/**
 * A rotated rectangle around a text line: its centre, its size along and across the text, and
 * the angle of its baseline in radians (clockwise, as y grows downwards).
 */
export interface RotatedRect {
  cx: number
  cy: number
  width: number
  height: number
  angle: number
}

/** The four corners of a rotated rectangle: top-left, top-right, bottom-right, bottom-left. */
export function rectCorners(r: RotatedRect): [Point, Point, Point, Point] {
  const cos = Math.cos(r.angle)
  const sin = Math.sin(r.angle)
  const hw = r.width / 2
  const hh = r.height / 2
  const at = (u: number, v: number): Point => ({ x: r.cx + u * cos - v * sin, y: r.cy + u * sin + v * cos })
  return [at(-hw, -hh), at(hw, -hh), at(hw, hh), at(-hw, hh)]
}
