import type { CheckedStamp } from '../../../shared/contract/sign'
import type { InkPath, SignatureArt } from './ink-art'
import { chain, scale, translate, type Matrix } from './matrix'
import { formatStampDate, localIsoDate, stampLine } from '../../../shared/format/stamp-date'
import { stampShape } from './stamp/stamp-text'

/** The width of a signature in group units: groups are built page-independent, then scaled. */
export const GROUP_UNIT_WIDTH = 1000

export type GroupItem =
  | { kind: 'paths'; transform: Matrix; paths: InkPath[] }
  | { kind: 'image'; x: number; y: number; width: number; height: number; png: Buffer }

/** A signature with its optional stamp line, y down, the signature 1000 units wide at (0, 0). */
export interface GroupArt {
  width: number
  height: number
  /** Height of the signature alone (the stamp hangs below it). */
  signatureHeight: number
  items: GroupItem[]
  stampText?: string
}

const STAMP_COLOR = '#1f1f1f'

/** The stamp's text for a placement: label, then the date in its format. */
export function stampText(parsed: CheckedStamp, now: Date): string {
  const date = parsed.dateOff ? '' : formatStampDate(parsed.date ?? localIsoDate(now), parsed.format)
  return stampLine(parsed.label, date)
}

/**
 * Lays out one signature (and its stamp) in group units. The stamp's size follows the
 * signature's height, within limits, so a very wide signature still gets a readable date.
 */
export function buildGroupArt(art: SignatureArt, text?: string): GroupArt {
  const width = GROUP_UNIT_WIDTH
  const sigHeight = (width * art.height) / art.width
  const items: GroupItem[] = []
  if (art.kind === 'vector') {
    const k = width / art.width
    items.push({
      kind: 'paths',
      transform: chain(translate(-art.minX, -art.minY), scale(k)),
      paths: art.paths,
    })
  } else {
    items.push({ kind: 'image', x: 0, y: 0, width, height: sigHeight, png: art.png })
  }
  if (!text) return { width, height: sigHeight, signatureHeight: sigHeight, items }
  const size = Math.min(160, Math.max(70, sigHeight * 0.28))
  const shape = stampShape(text, STAMP_COLOR)
  const baseline = sigHeight + size * 0.15 + shape.ascentEm * size
  items.push({ kind: 'paths', transform: chain(scale(size), translate(0, baseline)), paths: shape.paths })
  return {
    width: Math.max(width, shape.widthEm * size),
    height: baseline + shape.descentEm * size,
    signatureHeight: sigHeight,
    items,
    stampText: text,
  }
}
