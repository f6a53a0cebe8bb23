import {
  concatTransformationMatrix,
  drawObject,
  popGraphicsState,
  pushGraphicsState,
  setGraphicsState,
  type PDFDocument,
  type PDFOperator,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib'
import type { WidgetPlace } from './certify/signature-field'
import { apply, chain, compact } from './matrix'
import type { PlacedGroup } from './place-group'
import { visualToUserSpace } from './pdf-input'
import { groupForm, type PdfStamp } from './stamp-pdf'

// Half a point around the mark, so anti-aliased edges are not cut by the appearance's box.
const MARGIN = 0.5

/** The mark's bounding box in its page's user space, `[x1, y1, x2, y2]`. */
export function userRect(page: PDFPage, bounds: PlacedGroup['bounds']): WidgetPlace['rect'] {
  const { left, top, right, bottom } = bounds
  const toUser = visualToUserSpace(page)
  const corners = [apply(toUser, left, top), apply(toUser, right, bottom)]
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

/** The marks all lie on one page: then they can be one signature widget's drawing. */
export const onOnePage = (stamps: readonly PdfStamp[]) =>
  stamps.length > 0 && stamps.every((s) => s.pageIndex === stamps[0]?.pageIndex)

/**
 * The marks, all on one page, as the signature widget's appearance instead of page content: one
 * Form XObject whose /BBox is the widget's /Rect (the marks' bounding box), drawing each mark in
 * the page's user space exactly as drawStamps would draw it on the page (readers map the box onto
 * the rectangle one to one). The page is not touched, so on a signed PDF the update adds only the
 * signature field, its widget and what it draws — "signatures only" for a verifier, where new
 * page content is a change after signing. One widget, not one per mark: poppler (Evince, Okular,
 * pdfsig) reads a signature only from the field that owns the widget, so a field with widget
 * /Kids would show as unsigned there.
 */
export async function stampAppearance(doc: PDFDocument, stamps: readonly PdfStamp[]): Promise<WidgetPlace> {
  if (!onOnePage(stamps)) throw new Error('the marks of one widget lie on one page')
  const pageIndex = stamps[0]?.pageIndex ?? 0
  const page = doc.getPage(pageIndex)
  const toUser = visualToUserSpace(page)
  const forms = new Map<string, string>()
  const states = new Map<number, string>()
  const xObjects: Record<string, PDFRef> = {}
  const extGStates: Record<string, PDFRef> = {}
  const ops: PDFOperator[] = []
  const boxes: WidgetPlace['rect'][] = []
  for (const stamp of stamps) {
    let form = forms.get(stamp.key)
    if (!form) {
      form = `Sig${forms.size}`
      xObjects[form] = await groupForm(doc, stamp.placed.group)
      forms.set(stamp.key, form)
    }
    let state = states.get(stamp.opacity)
    if (stamp.opacity < 1 && !state) {
      state = `GS${states.size}`
      extGStates[state] = doc.context.register(doc.context.obj({ ca: stamp.opacity, CA: stamp.opacity }))
      states.set(stamp.opacity, state)
    }
    ops.push(
      pushGraphicsState(),
      ...(state ? [setGraphicsState(state)] : []),
      concatTransformationMatrix(...compact(chain(stamp.placed.transform, toUser))),
      drawObject(form),
      popGraphicsState(),
    )
    boxes.push(userRect(page, stamp.placed.bounds))
  }
  const rect: WidgetPlace['rect'] = [
    Math.min(...boxes.map((b) => b[0])) - MARGIN,
    Math.min(...boxes.map((b) => b[1])) - MARGIN,
    Math.max(...boxes.map((b) => b[2])) + MARGIN,
    Math.max(...boxes.map((b) => b[3])) + MARGIN,
  ]
  const appearance = doc.context.formXObject(ops, {
    BBox: rect,
    Resources: { XObject: xObjects, ...(states.size > 0 ? { ExtGState: extGStates } : {}) },
  })
  return { pageIndex, rect, appearance: doc.context.register(appearance) }
}
