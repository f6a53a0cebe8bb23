import type { Placement, SignDocument, Signature, StampFormat } from '../../../../../shared/contract/sign'
import { measureStampEm } from './stamp-measure'

/** A signature on the page, as the editor holds it: fractions of the visible page. */
export interface PlacedSignature {
  key: string
  signatureId: number
  /** Width / height of the signature's ink. */
  aspect: number
  page: number
  x: number
  y: number
  width: number
  rotate: number
  opacity: number
  stamp: { format: StampFormat; label: string } | null
}

let counter = 0

/** Height of the signature (not its stamp) as a fraction of the page height. */
export function heightFraction(
  p: Pick<PlacedSignature, 'width' | 'aspect'>,
  page: { width: number; height: number },
): number {
  return (p.width * page.width) / p.aspect / page.height
}

/**
 * The stamp's size in fractions of the signature's width — as main lays it out: 0.28 of the
 * signature's height, within 7–16 % of its width; the line is 1.15 em high (0.15 em above the
 * glyphs' 1 em), left-aligned under the signature.
 */
export function stampEm(aspect: number): number {
  return Math.min(0.16, Math.max(0.07, (0.28 * 1) / aspect))
}

export const STAMP_LINE_EM = 1.15
/** Where the stamp's baseline sits below the signature: the gap, then the font's ascent. */
export const STAMP_BASELINE_EM = 0.15 + 0.88

/** Signature and stamp together on the page, in page pixels (or points), before rotation. */
export interface GroupSize {
  /** The signature's own width and height. */
  sigWidth: number
  sigHeight: number
  /** The stamp's em, 0 without a stamp. */
  em: number
  /** The whole group: the wider of signature and stamp, the stamp's line below. */
  width: number
  height: number
}

type Measure = (text: string) => number

export function groupSize(
  p: Pick<PlacedSignature, 'width' | 'aspect' | 'stamp'>,
  page: { width: number; height: number },
  measure: Measure = measureStampEm,
  now = new Date(),
): GroupSize {
  const sigWidth = p.width * page.width
  const sigHeight = sigWidth / p.aspect
  if (!p.stamp) return { sigWidth, sigHeight, em: 0, width: sigWidth, height: sigHeight }
  const em = stampEm(p.aspect) * sigWidth
  const text = stampPreview(p.stamp, now)
  return {
    sigWidth,
    sigHeight,
    em,
    width: Math.max(sigWidth, measure(text) * em),
    height: sigHeight + STAMP_LINE_EM * em,
  }
}

/** Height of signature and stamp together, as a fraction of the page height. */
export function groupHeightFraction(
  p: PlacedSignature,
  page: { width: number; height: number },
  measure: Measure = measureStampEm,
): number {
  return groupSize(p, page, measure).height / page.height
}

/** The group's bounding box once turned about its centre, as main turns it. */
function turnedExtent(size: { width: number; height: number }, degrees: number) {
  const r = (degrees * Math.PI) / 180
  const cos = Math.abs(Math.cos(r))
  const sin = Math.abs(Math.sin(r))
  return { width: size.width * cos + size.height * sin, height: size.width * sin + size.height * cos }
}

/** A new placement of `signature` on `page`: a quarter of the page wide, lower right, inside. */
export function newPlacement(signature: Signature, doc: SignDocument, page: number): PlacedSignature {
  const size = doc.pages[page] ?? (doc.pages[0] as { width: number; height: number })
  const width = Math.min(0.3, 0.5 * signature.aspect * (size.height / size.width))
  const placed: PlacedSignature = {
    key: `p${++counter}`,
    signatureId: signature.id,
    aspect: signature.aspect,
    page,
    x: 0.9 - width,
    y: 0.72,
    width,
    rotate: 0,
    opacity: 1,
    stamp: null,
  }
  return clampInside(placed, size)
}

/**
 * Keeps the whole group — signature, stamp and rotation — on the page, as main will draw it:
 * made smaller when it cannot fit at this size, then moved inside. What the preview shows after
 * this is what the export draws, and the export never refuses it.
 */
export function clampInside(
  p: PlacedSignature,
  page: { width: number; height: number },
  measure: Measure = measureStampEm,
): PlacedSignature {
  let width = Math.min(Math.max(p.width, 0.02), 1)
  let size = groupSize({ ...p, width }, page, measure)
  let turned = turnedExtent(size, p.rotate)
  // 0.2 % short of the page, so rounding never puts a pixel outside.
  const fit = Math.min(1, (page.width * 0.998) / turned.width, (page.height * 0.998) / turned.height)
  if (fit < 1) {
    width *= fit
    size = groupSize({ ...p, width }, page, measure)
    turned = turnedExtent(size, p.rotate)
  }
  const clampCentre = (centre: number, extent: number, span: number) =>
    Math.min(Math.max(centre, extent / 2), span - extent / 2)
  const cx = clampCentre(p.x * page.width + size.width / 2, turned.width, page.width)
  const cy = clampCentre(p.y * page.height + size.height / 2, turned.height, page.height)
  return { ...p, width, x: (cx - size.width / 2) / page.width, y: (cy - size.height / 2) / page.height }
}

/** Whether the group lies on its page as drawn (a font that loaded late can widen a stamp). */
export function fitsPage(
  p: PlacedSignature,
  page: { width: number; height: number },
  measure: Measure = measureStampEm,
): boolean {
  const size = groupSize(p, page, measure)
  const turned = turnedExtent(size, p.rotate)
  const cx = p.x * page.width + size.width / 2
  const cy = p.y * page.height + size.height / 2
  // Main allows half a percent of slack; stay within a quarter of it.
  const sx = page.width * 0.0025
  const sy = page.height * 0.0025
  return (
    cx - turned.width / 2 >= -sx &&
    cx + turned.width / 2 <= page.width + sx &&
    cy - turned.height / 2 >= -sy &&
    cy + turned.height / 2 <= page.height + sy
  )
}

/** What the contract takes. */
export function toPlacement(p: PlacedSignature): Placement {
  return {
    signatureId: p.signatureId,
    page: p.page,
    x: p.x,
    y: p.y,
    width: p.width,
    rotate: p.rotate,
    opacity: p.opacity,
    ...(p.stamp ? { stamp: { format: p.stamp.format, label: p.stamp.label } } : {}),
  }
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const HAN = '〇一二三四五六七八九'

/** 12 → 十二, 20 → 二十, 31 → 三十一, as main writes month and day in full. */
function hanNumber(n: number): string {
  if (n < 10) return HAN[n] as string
  const tens = Math.floor(n / 10)
  return `${tens === 1 ? '' : HAN[tens]}十${n % 10 === 0 ? '' : HAN[n % 10]}`
}

/** The stamp's text for today, as main will draw it (restated here: the renderer imports only types). */
export function stampPreview(stamp: { format: StampFormat; label: string }, now = new Date()): string {
  const y = now.getFullYear()
  const m = now.getMonth() + 1
  const d = now.getDate()
  const pad = (n: number) => String(n).padStart(2, '0')
  const iso = `${y}-${pad(m)}-${pad(d)}`
  const date = {
    'zh-long': `${y}年${m}月${d}日`,
    'zh-hanzi': `${[...String(y)].map((c) => HAN[Number(c)]).join('')}年${hanNumber(m)}月${hanNumber(d)}日`,
    iso,
    slash: iso.replace(/-/g, '/'),
    'en-long': `${d} ${EN_MONTHS[m - 1]} ${y}`,
    'en-us': `${EN_MONTHS[m - 1]} ${d}, ${y}`,
  }[stamp.format]
  const label = stamp.label.trim()
  return [label, date].filter(Boolean).join(label.endsWith('：') ? '' : ' ')
}
