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
import {
  planStrips,
  StripRefusal,
  type CrossPageSealRequest,
  type PageSize,
  type SealStrip,
} from '../../../shared/format/seal-strips'
import { buildGroupArt, GROUP_UNIT_WIDTH } from './group-art'
import { chain, compact, scale, translate, type Matrix } from './matrix'
import { visualToUserSpace } from './pdf-input'
import type { PageBox } from './place-group'
import { groupForm } from './stamp-pdf'
import type { ResolvedSignature } from './signature-library'

/** The strips (shared/format/seal-strips' rule); what cannot be a cross-page seal is refused, saying why. */
export function layoutStrips(
  request: CrossPageSealRequest,
  pages: readonly PageSize[],
  aspect: number,
  options: { perPageWidth?: boolean; minStrip?: number } = {},
): SealStrip[] {
  try {
    return planStrips(request, pages, aspect, options)
  } catch (error) {
    if (error instanceof StripRefusal)
      throw userError('VALIDATION', error.reason, error.message, error.details)
    throw error
  }
}
export type { CrossPageSealRequest, SealEdge, SealStrip } from '../../../shared/format/seal-strips'

export interface CrossPageSeal {
  seal: ResolvedSignature
  request: CrossPageSealRequest
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
