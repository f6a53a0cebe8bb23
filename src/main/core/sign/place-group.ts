import type { Placement } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { GROUP_UNIT_WIDTH, type GroupArt } from './group-art'
import { apply, chain, rotate, scale, translate, type Matrix } from './matrix'

/** A page as the user sees it (orientation and /Rotate applied), in pixels or points. */
export interface PageBox {
  width: number
  height: number
}

export interface PlacedGroup {
  group: GroupArt
  /** Group units → the page's visual units, y down. */
  transform: Matrix
  /** The rotated group's bounding box on the page. */
  bounds: { left: number; top: number; right: number; bottom: number }
  /** The signature's own box in fractions of the page (before rotation), for the audit trail. */
  signatureBox: { x: number; y: number; width: number; height: number }
}

// Half a percent of slack, so a signature dragged flush against the edge is not refused.
const EDGE_SLACK = 0.005

type Where = Pick<Placement, 'x' | 'y' | 'width'> & { rotate?: number; page?: number }

/**
 * Puts a group on a page: `x`, `y`, `width` are fractions of the visible page, the height follows
 * the signature's aspect, and the rotation turns the group about its centre. A group that would
 * stick out of the page is refused, so the output never has a clipped signature.
 */
export function placeGroup(group: GroupArt, where: Where, page: PageBox): PlacedGroup {
  const k = (where.width * page.width) / GROUP_UNIT_WIDTH
  const left = where.x * page.width
  const top = where.y * page.height
  const gw = group.width * k
  const gh = group.height * k
  const transform = chain(
    translate(-group.width / 2, -group.height / 2),
    scale(k),
    rotate(where.rotate ?? 0),
    translate(left + gw / 2, top + gh / 2),
  )
  const corners = [
    apply(transform, 0, 0),
    apply(transform, group.width, 0),
    apply(transform, 0, group.height),
    apply(transform, group.width, group.height),
  ]
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  const bounds = {
    left: Math.min(...xs),
    top: Math.min(...ys),
    right: Math.max(...xs),
    bottom: Math.max(...ys),
  }
  const slackX = EDGE_SLACK * page.width
  const slackY = EDGE_SLACK * page.height
  if (
    bounds.left < -slackX ||
    bounds.top < -slackY ||
    bounds.right > page.width + slackX ||
    bounds.bottom > page.height + slackY
  ) {
    throw userError('VALIDATION', 'sign.outside-page', 'the signature does not fit inside the page', {
      page: (where.page ?? 0) + 1,
    })
  }
  return {
    group,
    transform,
    bounds,
    signatureBox: {
      x: where.x,
      y: where.y,
      width: where.width,
      height: (group.signatureHeight * k) / page.height,
    },
  }
}
