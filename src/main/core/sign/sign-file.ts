import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { OutputFormat, Placement, SignRecord } from '../../../shared/contract/sign'
import { PlacementSchema } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { composeImage, uprightImage } from './compose-image'
import { buildGroupArt, stampText, type GroupArt } from './group-art'
import { readImageFacts } from './image-input'
import { imageToPdf } from './image-to-pdf'
import { isPdf, loadPdf, pdfFacts, visualToUserSpace } from './pdf-input'
import { apply } from './matrix'
import type { PDFDocument } from 'pdf-lib'
import { placeGroup, type PageBox, type PlacedGroup } from './place-group'
import type { ResolvedSignature } from './signature-library'
import type { NewSignRecord } from './sign-records'
import { drawStamps, stampPdf, type PdfStamp } from './stamp-pdf'
import type { Certification } from '../../../shared/contract/certify'
import { certifyPdf, drawIncrementally, type CertifyDetails, type Signer } from './certify/certify-pdf'
import type { WidgetPlace } from './certify/signature-field'
import { drawCrossPageSeal, layoutStrips, stripAudit, type CrossPageSeal } from './cross-page-seal'
import { artAspect } from './ink-art'

/** A placement with its signature looked up (library entry or a file given to the CLI). */
export interface ResolvedPlacement {
  placement: Placement
  signature: ResolvedSignature
}

export interface OutputChoice {
  format: OutputFormat
  quality: number
  flatten: boolean
}

export interface SignedBytes {
  bytes: Uint8Array
  pageCount: number
  placements: SignRecord['placements']
  certification: Certification | null
}

/** A cryptographic signature to add to the output: an unlocked key and the fields readers show. */
export interface CertifyChoice {
  signer: Signer
  identityId: number | null
  details: CertifyDetails
}

export const sha256Hex = (data: Uint8Array) => createHash('sha256').update(data).digest('hex')

/** Reads a document the user named; a missing or empty file is refused with the reason. */
export async function readInput(path: string): Promise<Buffer> {
  const name = basename(path)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch {
    throw userError('NOT_FOUND', 'sign.file-missing', `${name} cannot be read`, { name })
  }
  if (bytes.length === 0) throw userError('INVALID_FILE', 'sign.file-empty', `${name} is empty`, { name })
  return bytes
}

interface Laid {
  placed: PlacedGroup
  page: number
  opacity: number
  key: string
  audit: SignRecord['placements'][number]
}

function layOut(placements: readonly ResolvedPlacement[], pages: readonly PageBox[], now: Date): Laid[] {
  const groups = new Map<string, GroupArt>()
  return placements.map(({ placement: raw, signature }) => {
    const placement = PlacementSchema.parse(raw)
    const page = pages[placement.page]
    if (!page)
      throw userError('VALIDATION', 'sign.page-missing', `the document has no page ${placement.page + 1}`, {
        page: placement.page + 1,
        pages: pages.length,
      })
    const text = placement.stamp ? stampText(placement.stamp, now) : undefined
    const key = `${signature.sha256}\n${text ?? ''}`
    const group = groups.get(key) ?? buildGroupArt(signature.art, text)
    groups.set(key, group)
    const placed = placeGroup(group, placement, page)
    return {
      placed,
      page: placement.page,
      opacity: placement.opacity,
      key,
      audit: {
        page: placement.page,
        ...placed.signatureBox,
        rotate: placement.rotate,
        opacity: placement.opacity,
        signatureId: signature.id,
        signatureName: signature.name,
        signatureSha256: signature.sha256,
        ...(text ? { stampText: text } : {}),
      },
    }
  })
}

/**
 * The signed document's bytes, nothing written yet: an image composited at full resolution (or
 * made a one-page PDF), a PDF stamped with vector signatures. A later step (writing, or a
 * cryptographic signature) takes the bytes from here.
 */
export async function produceSigned(
  bytes: Buffer,
  name: string,
  placements: readonly ResolvedPlacement[],
  output: OutputChoice,
  now = new Date(),
  certify?: CertifyChoice,
  crossSeal?: CrossPageSeal,
): Promise<SignedBytes> {
  if (crossSeal && !isPdf(bytes))
    throw userError('VALIDATION', 'sign.cross-seal-one-page', 'a cross-page seal needs at least two pages')
  if (certify && output.format !== 'pdf')
    throw userError('VALIDATION', 'certify.needs-pdf', 'a cryptographic signature needs PDF output')
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
  const page = { width: facts.width, height: facts.height }
  if (output.format === 'pdf') {
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
  const laid = layOut(placements, [page], now)
  const layers = laid.map((l) => ({ placed: l.placed, opacity: l.opacity }))
  const out = await composeImage(bytes, facts, layers, output.format, output.quality, name)
  return { bytes: out, pageCount: 1, placements: laid.map((l) => l.audit), certification: null }
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
      if (drawMarks) await drawStamps(doc, toStamps(laid), { flatten: output.flatten })
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
  const { left, top, right, bottom } = first.placed.bounds
  const toUser = visualToUserSpace(doc.getPage(first.page))
  const corners = [apply(toUser, left, top), apply(toUser, right, bottom)]
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  return { pageIndex: first.page, rect: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] }
}

function toStamps(laid: readonly Laid[]): PdfStamp[] {
  return laid.map((l) => ({ pageIndex: l.page, placed: l.placed, opacity: l.opacity, key: l.key }))
}

/** The audit record of one output, from what was read and what was written. */
export function auditRecord(
  input: { path: string; bytes: Uint8Array },
  output: { path: string; format: OutputFormat },
  signed: SignedBytes,
  origin: SignRecord['origin'],
): NewSignRecord {
  return {
    inputName: basename(input.path),
    inputPath: input.path,
    inputSha256: sha256Hex(input.bytes),
    outputName: basename(output.path),
    outputPath: output.path,
    outputSha256: sha256Hex(signed.bytes),
    outputFormat: output.format,
    pageCount: signed.pageCount,
    placements: signed.placements,
    origin,
    certification: signed.certification,
  }
}
