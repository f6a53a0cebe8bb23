import type { PDFDocument } from 'pdf-lib'
import type { SignRecord } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { certifyPdf, drawIncrementally } from './certify/certify-pdf'
import type { WidgetPlace } from './certify/signature-field'
import { uprightImage } from './compose-image'
import { drawCrossPageSeal, layoutStrips, stripAudit, type CrossPageSeal } from './cross-page-seal'
import { readImageFacts } from './image-input'
import { imageToPdf } from './image-to-pdf'
import { artAspect } from './ink-art'
import { isPdf, loadPdf, pdfFacts } from './pdf-input'
import type { PageBox } from './place-group'
import {
  layOut,
  type CertifyChoice,
  type Laid,
  type OutputChoice,
  type ResolvedPlacement,
  type SignedBytes,
} from './sign-layout'
import { drawStamps, stampPdf, type PdfStamp } from './stamp-pdf'
import { onOnePage, stampAppearance, userRect } from './stamp-widgets'

/** produceSigned's PDF outputs: a PDF stamped (and certified, and cross-sealed), or an image made a PDF. */
export async function producePdf(
  bytes: Buffer,
  name: string,
  placements: readonly ResolvedPlacement[],
  output: OutputChoice,
  now: Date,
  certify?: CertifyChoice,
  crossSeal?: CrossPageSeal,
): Promise<SignedBytes> {
  if (isPdf(bytes)) {
    if (output.format !== 'pdf')
      throw userError('VALIDATION', 'sign.pdf-stays-pdf', 'a signed PDF is written as a PDF')
    if (certify) return certifiedPdf(bytes, name, placements, output, now, certify, true, crossSeal)
    const doc = await loadPdf(bytes, name)
    const { pages, signatures } = pdfFacts(doc)
    if (signatures > 0) return marksOnSignedPdf(bytes, name, placements, output, now, crossSeal)
    const laid = layOut(placements, pages, now)
    const strips = await drawCross(doc, pages, crossSeal)
    const out = await stampPdf(doc, toStamps(laid), { flatten: output.flatten })
    const audit = [...laid.map((l) => l.audit), ...strips]
    return { bytes: out, pageCount: pages.length, placements: audit, certification: null }
  }
  const facts = await readImageFacts(bytes, name)
  const upright = await uprightImage(bytes, facts, output.quality, name)
  const doc = await imageToPdf(upright, facts)
  const laid = layOut(placements, pdfFacts(doc).pages, now)
  const out = await stampPdf(doc, toStamps(laid), { flatten: false })
  const audit = laid.map((l) => l.audit)
  if (!certify) return { bytes: out, pageCount: 1, placements: audit, certification: null }
  // The marks are drawn already; the signature's widget still goes over the first one.
  const signed = await certifiedPdf(out, name, placements, output, now, certify, false)
  return { ...signed, placements: audit }
}

function refuseFlatten(output: OutputChoice): void {
  if (output.flatten)
    throw userError(
      'VALIDATION',
      'certify.flatten-signed',
      'this PDF is already signed: flattening its form would break the earlier signatures',
    )
}

/** A cross-page seal's strips drawn into the loaded PDF (nothing saved), with their audit entries. */
async function drawCross(
  doc: PDFDocument,
  pages: readonly PageBox[],
  cross: CrossPageSeal | undefined,
): Promise<SignRecord['placements']> {
  if (!cross) return []
  const strips = layoutStrips(cross.request, pages, artAspect(cross.seal.art))
  await drawCrossPageSeal(doc, cross.seal, strips)
  return stripAudit(cross.seal, strips, pages)
}

/** Visible marks only, on a PDF that has digital signatures: appended, so they stay valid. */
async function marksOnSignedPdf(
  bytes: Uint8Array,
  name: string,
  placements: readonly ResolvedPlacement[],
  output: OutputChoice,
  now: Date,
  crossSeal?: CrossPageSeal,
): Promise<SignedBytes> {
  refuseFlatten(output)
  let audit: SignRecord['placements'] = []
  let pageCount = 0
  const out = await drawIncrementally(bytes, name, async (doc) => {
    const { pages } = pdfFacts(doc)
    pageCount = pages.length
    const laid = layOut(placements, pages, now)
    const strips = await drawCross(doc, pages, crossSeal)
    await drawStamps(doc, toStamps(laid), { flatten: false })
    audit = [...laid.map((l) => l.audit), ...strips]
  })
  return { bytes: out, pageCount, placements: audit, certification: null }
}

/**
 * Stamps and signs a PDF in one incremental update, so signatures already in it stay valid. The
 * signature field goes on the page of the first placement.
 */
async function certifiedPdf(
  bytes: Uint8Array,
  name: string,
  placements: readonly ResolvedPlacement[],
  output: OutputChoice,
  now: Date,
  certify: CertifyChoice,
  drawMarks = true,
  crossSeal?: CrossPageSeal,
): Promise<SignedBytes> {
  let laid: Laid[] = []
  let strips: SignRecord['placements'] = []
  let pageCount = 0
  const result = await certifyPdf(
    bytes,
    name,
    async (doc, alreadySigned) => {
      if (alreadySigned) refuseFlatten(output)
      const { pages } = pdfFacts(doc)
      pageCount = pages.length
      laid = layOut(placements, pages, now)
      strips = await drawCross(doc, pages, crossSeal)
      // A co-signature: new page content would count as a change after the earlier signatures,
      // so marks on one page become the new field's widget appearance instead (marks spread over
      // pages stay page content: one field shows in readers on one page only).
      const stamps = toStamps(laid)
      if (drawMarks && alreadySigned && onOnePage(stamps)) return stampAppearance(doc, stamps)
      if (drawMarks) await drawStamps(doc, stamps, { flatten: output.flatten })
      return widgetPlace(doc, laid[0])
    },
    certify.signer,
    certify.details,
    now,
  )
  return {
    bytes: result.bytes,
    pageCount,
    placements: [...laid.map((l) => l.audit), ...strips],
    certification: { ...result.certification, identityId: certify.identityId },
  }
}

/** The signature widget goes over the first mark, in its page's user space; invisible without one. */
function widgetPlace(doc: PDFDocument, first: Laid | undefined): WidgetPlace {
  if (!first) return { pageIndex: 0, rect: [0, 0, 0, 0] }
  return { pageIndex: first.page, rect: userRect(doc.getPage(first.page), first.placed.bounds) }
}

function toStamps(laid: readonly Laid[]): PdfStamp[] {
  return laid.map((l) => ({ pageIndex: l.page, placed: l.placed, opacity: l.opacity, key: l.key }))
}
