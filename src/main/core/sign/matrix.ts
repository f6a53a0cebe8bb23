/** An affine transform [a b c d e f]: (x, y) → (a·x + c·y + e, b·x + d·y + f), as in PDF and SVG. */
export type Matrix = readonly [number, number, number, number, number, number]

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** `first` applied, then `second`: the matrix of second ∘ first. */
export function compose(first: Matrix, second: Matrix): Matrix {
  const [a, b, c, d, e, f] = first
  const [A, B, C, D, E, F] = second
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F]
}

/** Composes transforms listed in the order they apply to a point. */
export function chain(...steps: Matrix[]): Matrix {
  return steps.reduce((acc, m) => compose(acc, m), IDENTITY)
}

export const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y]
export const scale = (sx: number, sy = sx): Matrix => [sx, 0, 0, sy, 0, 0]

/** Clockwise on screen in a y-down system (CSS `rotate()`); counter-clockwise in a y-up one. */
export function rotate(degrees: number): Matrix {
  const r = (degrees * Math.PI) / 180
  const cos = Math.cos(r)
  const sin = Math.sin(r)
  return [cos, sin, -sin, cos, 0, 0]
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

export function matrixAttr(m: Matrix): string {
  return `matrix(${m.map((n) => Math.round(n * 1e6) / 1e6).join(' ')})`
}

/**
 * A matrix with its numbers cut to what a PDF needs (1e-4 of a point is far below any printer):
 * a signature on every page of a long document then adds bytes, not kilobytes, per page.
 */
export function compact(m: Matrix): Matrix {
  const r = (n: number) => Math.round(n * 1e4) / 1e4
  return [r(m[0]), r(m[1]), r(m[2]), r(m[3]), r(m[4]), r(m[5])]
}
