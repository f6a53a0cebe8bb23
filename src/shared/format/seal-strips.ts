// Where a cross-page seal's (骑缝章) strips go: one rule for what the outputs draw (core/sign) and
// what the page view previews (renderer), so preview and export agree. Plain code with no imports:
// a refusal is a StripRefusal, which the core turns into its translated VALIDATION error.

/** Why the strips cannot be laid out: an i18n reason (`sign.cross-seal-…`) and its values. */
export class StripRefusal extends Error {
  constructor(
    readonly reason: `sign.${string}`,
    message: string,
    readonly details: Record<string, number> = {},
  ) {
    super(message)
  }
}

/** A page's size as the user sees it (points for a PDF, pixels for a scan). */
export interface PageSize {
  width: number
  height: number
}

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
export function planStrips(
  request: CrossPageSealRequest,
  pages: readonly PageSize[],
  aspect: number,
  options: { perPageWidth?: boolean; minStrip?: number } = {},
): SealStrip[] {
  const chosen = request.pages ?? pages.map((_, i) => i)
  for (const p of chosen)
    if (!pages[p])
      throw new StripRefusal('sign.page-missing', `the document has no page ${p + 1}`, {
        page: p + 1,
        pages: pages.length,
      })
  if (new Set(chosen).size !== chosen.length || chosen.length < 2)
    throw new StripRefusal(
      'sign.cross-seal-one-page',
      'a cross-page seal needs at least two different pages to straddle',
    )
  const first = pages[chosen[0] as number] as PageSize
  const count = chosen.length
  return chosen.map((page, k) => {
    const box = pages[page] as PageSize
    const sealWidth = request.width * (options.perPageWidth ? box.width : first.width)
    const sealHeight = sealWidth / aspect
    const strip = sealWidth / count
    if (strip < (options.minStrip ?? MIN_STRIP_PT))
      throw new StripRefusal(
        'sign.cross-seal-too-thin',
        `${count} pages cut this seal into strips too thin to see; make it wider or choose fewer pages`,
        { pages: count },
      )
    if (strip > box.width * MAX_STRIP_SHARE || sealHeight > box.height)
      throw new StripRefusal(
        'sign.cross-seal-too-wide',
        `the seal is too large for the edge of page ${page + 1}; make it smaller or choose more pages`,
        { page: page + 1 },
      )
    const top = request.y * box.height - sealHeight / 2
    if (top < 0 || top + sealHeight > box.height)
      throw new StripRefusal(
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
