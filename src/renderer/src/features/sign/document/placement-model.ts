import type { Placement, SignDocument, Signature, StampFormat } from '../../../../../shared/contract/sign'
import { formatStampDate, localIsoDate, stampLine } from '../../../../../shared/format/stamp-date'

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
 * signature's height, within 7–16 % of its width, line height 1.15 em.
 */
export function stampEm(aspect: number): number {
  return Math.min(0.16, Math.max(0.07, (0.28 * 1) / aspect))
}

/** Height of signature and stamp together, as a fraction of the page height. */
export function groupHeightFraction(p: PlacedSignature, page: { width: number; height: number }): number {
  const sig = heightFraction(p, page)
  if (!p.stamp) return sig
  return sig + (stampEm(p.aspect) * 1.15 * p.width * page.width) / page.height
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

/** Keeps the (unrotated) placement on the page. */
export function clampInside(p: PlacedSignature, page: { width: number; height: number }): PlacedSignature {
  const width = Math.min(Math.max(p.width, 0.02), 1)
  const h = groupHeightFraction({ ...p, width }, page)
  return {
    ...p,
    width,
    x: Math.min(Math.max(p.x, 0), 1 - width),
    y: Math.min(Math.max(p.y, 0), Math.max(0, 1 - h)),
  }
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

/** The stamp's text for today, as main will draw it. */
export function stampPreview(stamp: { format: StampFormat; label: string }, now = new Date()): string {
  return stampLine(stamp.label, formatStampDate(localIsoDate(now), stamp.format))
}
