import type { CrossSeal } from '../../../../../shared/contract/cross-seal'
import { pagesOf, parsePageSpec } from '../../../../../shared/format/page-choice'
import {
  planStrips,
  StripRefusal,
  type PageSize,
  type SealStrip,
} from '../../../../../shared/format/seal-strips'

/** The cross-page seal being set up: the request export sends, and the seal's aspect to preview it. */
export type CrossSealDraft = Required<CrossSeal> & { aspect: number }

export const newCrossSeal = (sealId: number, aspect: number): CrossSealDraft => ({
  sealId,
  aspect,
  edge: 'right',
  y: 0.5,
  width: 0.12,
  pages: 'all',
})

export function crossSealRequest({ aspect: _aspect, ...request }: CrossSealDraft): CrossSeal {
  return request
}

/**
 * Where each page's strip falls, by the rule the export draws with, or the reason it cannot be
 * placed (a page range the document lacks, one page, a seal too wide for the edge…).
 */
export function crossSealStrips(
  draft: CrossSealDraft | null,
  pages: readonly PageSize[],
): { strips: SealStrip[]; error: unknown } {
  if (!draft) return { strips: [], error: null }
  try {
    const choice = parsePageSpec(draft.pages)
    if (!choice)
      return {
        strips: [],
        error: { code: 'VALIDATION', message: '', details: { reason: 'sign.pages-spec' } },
      }
    const { pages: chosen, missing } = pagesOf(choice, pages.length)
    if (missing !== undefined)
      return {
        strips: [],
        error: {
          code: 'VALIDATION',
          message: '',
          details: { reason: 'sign.page-missing', page: missing, pages: pages.length },
        },
      }
    const request = { pages: chosen.map((p) => p - 1), edge: draft.edge, y: draft.y, width: draft.width }
    return { strips: planStrips(request, pages, draft.aspect), error: null }
  } catch (error) {
    if (!(error instanceof StripRefusal)) throw error
    // As the export would refuse it: a translated reason with its values.
    const details = { reason: error.reason, ...error.details }
    return { strips: [], error: { code: 'VALIDATION', message: error.message, details } }
  }
}
