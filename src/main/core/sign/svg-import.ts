import { userError } from '../../../shared/app-error'
import { parseInkColor } from './ink-color'
import type { InkPath, SignatureArt } from './ink-art'

const MAX_SVG_BYTES = 2_000_000
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz0-9eE+\-.,\s]*$/
// Elements with nothing to draw, skipped whole.
const SKIPPED = new Set(['title', 'desc', 'metadata', 'defs', 'style'])
const SHAPES = new Set(['path', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'rect'])

function unsupported(what: string): Error {
  return userError(
    'INVALID_FILE',
    'sign.svg-unsupported',
    `the SVG uses ${what}, which cannot be signed with`,
    {
      what,
    },
  )
}

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const m of text.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    map.set((m[1] as string).toLowerCase(), m[3] ?? m[4] ?? '')
  }
  // `style="fill:…;stroke:…"` wins over attributes, as in CSS.
  for (const decl of (map.get('style') ?? '').split(';')) {
    const [name, value] = decl.split(':').map((s) => s.trim())
    if (name && value) map.set(name.toLowerCase(), value)
  }
  return map
}

const numberAttr = (attrs: Map<string, string>, name: string, fallback = 0): number => {
  const value = Number.parseFloat(attrs.get(name) ?? '')
  return Number.isFinite(value) ? value : fallback
}

function pointsAttr(attrs: Map<string, string>): number[] {
  return (attrs.get('points') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isFinite)
}

function shapeToPathData(tag: string, a: Map<string, string>): string {
  switch (tag) {
    case 'path':
      return a.get('d') ?? ''
    case 'circle':
    case 'ellipse': {
      const cx = numberAttr(a, 'cx')
      const cy = numberAttr(a, 'cy')
      const rx = tag === 'circle' ? numberAttr(a, 'r') : numberAttr(a, 'rx')
      const ry = tag === 'circle' ? rx : numberAttr(a, 'ry')
      if (rx <= 0 || ry <= 0) return ''
      return `M${cx - rx} ${cy}A${rx} ${ry} 0 1 0 ${cx + rx} ${cy}A${rx} ${ry} 0 1 0 ${cx - rx} ${cy}Z`
    }
    case 'line':
      return `M${numberAttr(a, 'x1')} ${numberAttr(a, 'y1')}L${numberAttr(a, 'x2')} ${numberAttr(a, 'y2')}`
    case 'polyline':
    case 'polygon': {
      const pts = pointsAttr(a)
      if (pts.length < 4) return ''
      let d = `M${pts[0]} ${pts[1]}`
      for (let i = 2; i + 1 < pts.length; i += 2) d += `L${pts[i]} ${pts[i + 1]}`
      return tag === 'polygon' ? `${d}Z` : d
    }
    case 'rect': {
      const x = numberAttr(a, 'x')
      const y = numberAttr(a, 'y')
      const w = numberAttr(a, 'width')
      const h = numberAttr(a, 'height')
      return w > 0 && h > 0 ? `M${x} ${y}h${w}v${h}h${-w}Z` : ''
    }
    default:
      return ''
  }
}

function paint(value: string | undefined, fallback: string | null): string | null {
  if (value === undefined) return fallback
  const v = value.trim().toLowerCase()
  if (v === 'none' || v === 'transparent') return null
  if (v === 'currentcolor') return '#000000'
  const color = parseInkColor(v)
  if (!color) throw unsupported(`the paint ${value}`)
  return color
}

/**
 * A signature SVG (our own, signature_pad's `toSVG()`, or a simple drawing) as vector art. Only
 * plain shapes with solid paint are taken, so every output can draw it as paths; transforms,
 * text, images and references are refused rather than drawn wrong.
 */
export function svgToArt(source: string | Buffer): Extract<SignatureArt, { kind: 'vector' }> {
  const text = typeof source === 'string' ? source : source.toString('utf8')
  if (text.length > MAX_SVG_BYTES) throw unsupported('more than 2 MB of data')
  const body = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '')
  if (/<!DOCTYPE|<!ENTITY/i.test(body)) throw unsupported('a DOCTYPE')
  const root = /<svg\b([^>]*)>/i.exec(body)
  if (!root) throw userError('INVALID_FILE', 'sign.not-svg', 'the file is not an SVG image')
  const rootAttrs = attributes(root[1] ?? '')
  const viewBox = (rootAttrs.get('viewbox') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
  const [minX, minY, boxWidth, boxHeight] = viewBox.length === 4 ? viewBox : [0, 0, NaN, NaN]
  let width = boxWidth
  let height = boxHeight
  if (!Number.isFinite(width) || !Number.isFinite(height)) {
    width = numberAttr(rootAttrs, 'width', NaN)
    height = numberAttr(rootAttrs, 'height', NaN)
  }
  if (!((width as number) > 0 && (height as number) > 0 && Number.isFinite(minX) && Number.isFinite(minY)))
    throw userError('INVALID_FILE', 'sign.not-svg', 'the SVG has no usable size (viewBox or width/height)')

  const paths: InkPath[] = []
  const inherited: Array<Map<string, string>> = []
  let skipping = 0
  const inner = body.slice(root.index + root[0].length)
  for (const m of inner.matchAll(/<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, rawTag, rest, selfClosing] = m as unknown as [string, string, string, string, string]
    const tag = rawTag.toLowerCase()
    if (SKIPPED.has(tag)) {
      if (!selfClosing) skipping += closing ? -1 : 1
      continue
    }
    if (skipping > 0) continue
    if (closing) {
      if (tag === 'g') inherited.pop()
      continue
    }
    const attrs = attributes(rest)
    if (attrs.has('transform')) throw unsupported('transform')
    if (tag === 'g') {
      if (!selfClosing) inherited.push(attrs)
      continue
    }
    if (!SHAPES.has(tag)) throw unsupported(`<${tag}>`)
    const look = (name: string) => attrs.get(name) ?? inherited.findLast((g) => g.has(name))?.get(name)
    const d = shapeToPathData(tag, attrs).trim()
    if (!d) continue
    if (!PATH_DATA.test(d)) throw unsupported('unreadable path data')
    const fill = paint(look('fill'), '#000000')
    const stroke = paint(look('stroke'), null)
    const strokeWidth = Number.parseFloat(look('stroke-width') ?? '1')
    if (fill) paths.push({ d, fill })
    if (stroke) paths.push({ d, stroke, strokeWidth: Number.isFinite(strokeWidth) ? strokeWidth : 1 })
  }
  if (paths.length === 0) throw userError('INVALID_FILE', 'sign.no-ink', 'the signature has no ink')
  return {
    kind: 'vector',
    minX: minX as number,
    minY: minY as number,
    width: width as number,
    height: height as number,
    paths,
  }
}
