import {
  clip,
  concatTransformationMatrix,
  drawObject,
  endPath,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  type PDFDocument,
} from 'pdf-lib'
import type { SignRecord } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { buildGroupArt, GROUP_UNIT_WIDTH } from './group-art'
import { chain, compact, scale, translate, type Matrix } from './matrix'
import { visualToUserSpace } from './pdf-input'
import type { PageBox } from './place-group'
import { groupForm } from './stamp-pdf'
import type { ResolvedSignature } from './signature-library'

/** Which edge of the pages the seal straddles. */
export type SealEdge = 'right' | 'left'

/** A 骑缝章 as the user asks for it. */
export interface CrossPageSealRequest {
  /** 0-based pages that share the seal, in order; all pages when absent. */
  pages?: readonly number[]
  edge: SealEdge
  /** The seal's vertical centre, as a fraction of the page height. */
  y: number
  /** The whole seal's width, as a fraction of the (first) page's width. */
  width: number
}

/** One page's part of the seal, in the page's visual units (y down). */
export interface SealStrip {
  page: number
  /** 0-based: which strip of the seal, counted from the seal's left. */
  index: number
  count: number
  /** The strip on the page, flush with the edge. */
  clip: { x: number; y: number; width: number; height: number }
  /** Where the whole seal is drawn (mostly off the page; the clip shows one strip of it). */
  seal: { x: number; y: number; width: number; height: number }
}

export interface CrossPageSeal {
  seal: ResolvedSignature
  request: CrossPageSealRequest
}

// A strip thinner than this (in points, about 0.18 mm) cannot be seen: too many pages for the seal.
const MIN_STRIP_PT = 0.5
// The seal may take at most this share of the page's width at the edge, not cover its text.
const MAX_STRIP_SHARE = 1 / 3

/**
 * Cuts the seal into one vertical strip per page: the strips, side by side in page order (the
 * right edge; mirrored for the left), make the whole seal again, and each page's strip sits flush
 * with its edge at the same height. `sizeBasis` is the page whose width `width` is a fraction of
 * (the first of the set for a PDF; each image its own for a batch of scans). Refuses what cannot
 * be a cross-page seal, saying why.
 */
export function layoutStrips(
  request: CrossPageSealRequest,
  pages: readonly PageBox[],
  aspect: number,
  options: { perPageWidth?: boolean; minStrip?: number } = {},
): SealStrip[] {
  const chosen = request.pages ?? pages.map((_, i) => i)
  for (const p of chosen)
    if (!pages[p])
      throw userError('VALIDATION', 'sign.page-missing', `the document has no page ${p + 1}`, {
        page: p + 1,
        pages: pages.length,
      })
  if (new Set(chosen).size !== chosen.length || chosen.length < 2)
    throw userError(
      'VALIDATION',
      'sign.cross-seal-one-page',
      'a cross-page seal needs at least two different pages to straddle',
    )
  const first = pages[chosen[0] as number] as PageBox
  const count = chosen.length
  return chosen.map((page, k) => {
    const box = pages[page] as PageBox
    const sealWidth = request.width * (options.perPageWidth ? box.width : first.width)
    const sealHeight = sealWidth / aspect
    const strip = sealWidth / count
    if (strip < (options.minStrip ?? MIN_STRIP_PT))
      throw userError(
        'VALIDATION',
        'sign.cross-seal-too-thin',
        `${count} pages cut this seal into strips too thin to see; make it wider or choose fewer pages`,
        { pages: count },
      )
    if (strip > box.width * MAX_STRIP_SHARE || sealHeight > box.height)
      throw userError(
        'VALIDATION',
        'sign.cross-seal-too-wide',
        `the seal is too large for the edge of page ${page + 1}; make it smaller or choose more pages`,
        { page: page + 1 },
      )
    const top = request.y * box.height - sealHeight / 2
    if (top < 0 || top + sealHeight > box.height)
      throw userError(
        'VALIDATION',
        'sign.cross-seal-outside',
        `at this height the seal runs past the top or bottom of page ${page + 1}`,
        { page: page + 1 },
      )
    // Right edge: page 1 shows the seal's leftmost strip; left edge: its rightmost.
    const index = request.edge === 'right' ? k : count - 1 - k
    const clipX = request.edge === 'right' ? box.width - strip : 0
    return {
      page,
      index,
      count,
      clip: { x: clipX, y: top, width: strip, height: sealHeight },
      seal: { x: clipX - index * strip, y: top, width: sealWidth, height: sealHeight },
    }
  })
}

const cm = (m: Matrix) => concatTransformationMatrix(...compact(m))

/**
 * Draws the strips into a loaded PDF: the seal becomes one Form XObject (holding its one image)
 * and every page draws that same object, clipped to its own strip — so 100 pages cost one copy of
 * the seal, not 100. Nothing is saved here; a certificate signature can follow in the same save.
 */
export async function drawCrossPageSeal(
  doc: PDFDocument,
  seal: ResolvedSignature,
  strips: readonly SealStrip[],
): Promise<void> {
  const group = buildGroupArt(seal.art)
  const form = await groupForm(doc, group)
  const pages = doc.getPages()
  for (const strip of strips) {
    const page = pages[strip.page]
    if (!page) throw new Error(`no page ${strip.page}`)
    const name = page.node.newXObject('Seal', form)
    const [x, y, width, height] = compact([
      strip.clip.x,
      strip.clip.y,
      strip.clip.width,
      strip.clip.height,
      0,
      0,
    ])
    page.pushOperators(
      pushGraphicsState(),
      cm(visualToUserSpace(page)),
      rectangle(x, y, width, height),
      clip(),
      endPath(),
      cm(chain(scale(strip.seal.width / GROUP_UNIT_WIDTH), translate(strip.seal.x, strip.seal.y))),
      drawObject(name),
      popGraphicsState(),
    )
  }
}

/** The audit trail's entries for the strips: one per page, each naming its strip. */
export function stripAudit(
  seal: ResolvedSignature,
  strips: readonly SealStrip[],
  pages: readonly PageBox[],
): SignRecord['placements'] {
  return strips.map((s) => {
    const box = pages[s.page] as PageBox
    return {
      page: s.page,
      x: s.clip.x / box.width,
      y: s.clip.y / box.height,
      width: s.clip.width / box.width,
      height: s.clip.height / box.height,
      rotate: 0,
      opacity: 1,
      signatureId: seal.id,
      signatureName: seal.name,
      signatureSha256: seal.sha256,
      strip: `${s.index + 1}/${s.count}`,
    }
  })
}
