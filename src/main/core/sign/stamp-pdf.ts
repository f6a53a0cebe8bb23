import {
  concatTransformationMatrix,
  drawObject,
  drawSvgPath,
  LineCapStyle,
  LineJoinStyle,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setGraphicsState,
  setLineJoin,
  type PDFDocument,
  type PDFOperator,
  PDFName,
  PDFRef,
} from 'pdf-lib'
import { userError } from '../../../shared/app-error'
import { colorComponents } from './ink-color'
import type { GroupArt } from './group-art'
import { chain, compact, scale, type Matrix } from './matrix'
import type { PlacedGroup } from './place-group'
import { embedInkImage } from './pdf-ink-image'
import { visualToUserSpace } from './pdf-input'

export interface PdfStamp {
  pageIndex: number
  placed: PlacedGroup
  opacity: number
  /** Placements with the same key share one drawing (signature + stamp text). */
  key: string
}

const FLIP_Y: Matrix = scale(1, -1)
const cm = (m: Matrix) => concatTransformationMatrix(...compact(m))

/**
 * One signature group as a Form XObject in group units: vector paths stay paths; a raster ink
 * (paper signature) is one embedded PNG with its transparency. A transparency group, so the
 * placement's opacity applies to the signature as a whole, not stroke by stroke.
 */
export async function groupForm(doc: PDFDocument, group: GroupArt): Promise<PDFRef> {
  const ops: PDFOperator[] = [setLineJoin(LineJoinStyle.Round)]
  const images: Record<string, PDFRef> = {}
  for (const item of group.items) {
    if (item.kind === 'image') {
      const name = `Ink${Object.keys(images).length}`
      // Registered now, not at doc.save(): an incremental update (certify) never calls save.
      images[name] = await embedInkImage(doc, item.png)
      ops.push(
        pushGraphicsState(),
        cm([item.width, 0, 0, -item.height, item.x, item.y + item.height]),
        drawObject(name),
        popGraphicsState(),
      )
      continue
    }
    // drawSvgPath flips y itself (SVG is y-down, PDF y-up); the group is y-down already.
    ops.push(pushGraphicsState(), cm(chain(FLIP_Y, item.transform)))
    for (const path of item.paths) {
      const color = path.fill ? rgb(...colorComponents(path.fill)) : undefined
      const borderColor = path.stroke ? rgb(...colorComponents(path.stroke)) : undefined
      ops.push(
        ...drawSvgPath(path.d, {
          x: 0,
          y: 0,
          scale: 1,
          color,
          borderColor,
          borderWidth: path.stroke ? (path.strokeWidth ?? 1) : 0,
          borderLineCap: LineCapStyle.Round,
        }),
      )
    }
    ops.push(popGraphicsState())
  }
  const form = doc.context.formXObject(ops, {
    BBox: [0, 0, group.width, group.height],
    Resources: { XObject: images },
    Group: { Type: 'Group', S: 'Transparency' },
  })
  return doc.context.register(form)
}

/**
 * pdf-lib's flatten can delete a widget yet leave it in its page's /Annots (a field whose widget
 * is a separate object); readers then meet a reference to nothing. Drop such references.
 */
function dropDanglingAnnotations(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    const annots = page.node.Annots()
    if (!annots) continue
    const kept = annots
      .asArray()
      .filter((entry) => !(entry instanceof PDFRef) || doc.context.lookup(entry) !== undefined)
    if (kept.length === annots.size()) continue
    if (kept.length === 0) page.node.delete(PDFName.of('Annots'))
    else page.node.set(PDFName.of('Annots'), doc.context.obj(kept))
  }
}

/**
 * Draws the signatures onto their pages as vector drawings, in the loaded document; nothing is
 * saved. Page count, page boxes and /Rotate are left as they were.
 */
export async function drawStamps(
  doc: PDFDocument,
  stamps: readonly PdfStamp[],
  options: { flatten: boolean },
): Promise<void> {
  if (options.flatten) {
    try {
      const form = doc.getForm()
      if (form.getFields().length > 0) {
        form.flatten()
        dropDanglingAnnotations(doc)
      }
    } catch {
      throw userError(
        'INVALID_FILE',
        'sign.flatten-failed',
        'the form fields of this PDF cannot be flattened',
      )
    }
  }
  const pages = doc.getPages()
  const forms = new Map<string, PDFRef>()
  const opacityStates = new Map<number, PDFRef>()
  for (const stamp of stamps) {
    const page = pages[stamp.pageIndex]
    if (!page) throw new Error(`no page ${stamp.pageIndex}`)
    let form = forms.get(stamp.key)
    if (!form) {
      form = await groupForm(doc, stamp.placed.group)
      forms.set(stamp.key, form)
    }
    const xObject = page.node.newXObject('Sig', form)
    // Full opacity needs no graphics state; a translucent one shares one per opacity.
    let states = opacityStates.get(stamp.opacity)
    if (stamp.opacity < 1 && !states) {
      states = doc.context.register(doc.context.obj({ ca: stamp.opacity, CA: stamp.opacity }))
      opacityStates.set(stamp.opacity, states)
    }
    page.pushOperators(
      pushGraphicsState(),
      ...(states ? [setGraphicsState(page.node.newExtGState('SigGS', states))] : []),
      cm(chain(stamp.placed.transform, visualToUserSpace(page))),
      drawObject(xObject),
      popGraphicsState(),
    )
  }
}

/**
 * Stamps the signatures and returns the new PDF's bytes; the caller writes them (or signs them
 * cryptographically first).
 */
export async function stampPdf(
  doc: PDFDocument,
  stamps: readonly PdfStamp[],
  options: { flatten: boolean },
): Promise<Uint8Array> {
  await drawStamps(doc, stamps, options)
  return doc.save()
}
