import sharp from 'sharp'
import type { CheckedPlacement } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { buildGroupArt, stampText } from './group-art'
import { layerSvg } from './render-layer-svg'
import { placeGroup } from './place-group'
import type { ResolvedPlacement } from './sign-file'
import type { ResolvedSignature } from './signature-library'

/** Which pages one placement goes on: every page, the first, the last, or chosen ones (0-based). */
export type PageChoice = 'all' | 'first' | 'last' | readonly number[]

/** The 0-based pages a choice means in a document of `count` pages; a page it lacks is refused. */
export function pagesFor(choice: PageChoice, count: number): number[] {
  if (choice === 'all') return Array.from({ length: count }, (_, i) => i)
  if (choice === 'first') return [0]
  if (choice === 'last') return [count - 1]
  const pages = [...new Set(choice)].sort((a, b) => a - b)
  const missing = pages.find((p) => !Number.isInteger(p) || p < 0 || p >= count)
  if (pages.length === 0 || missing !== undefined)
    throw userError('VALIDATION', 'sign.page-missing', `the document has no page ${(missing ?? -1) + 1}`, {
      page: (missing ?? -1) + 1,
      pages: count,
    })
  return pages
}

/**
 * One placement on many pages in one step: the same signature (or seal, or text mark) at the
 * same relative spot of each chosen page, ready for produceSigned / signToFile.
 */
export function placeOnPages(
  placement: Omit<CheckedPlacement, 'page'>,
  signature: ResolvedSignature,
  choice: PageChoice,
  pageCount: number,
): ResolvedPlacement[] {
  return pagesFor(choice, pageCount).map((page) => ({ placement: { ...placement, page }, signature }))
}

export interface MarkPreview {
  png: Buffer
  width: number
  height: number
  /** The signature's share of the whole mark's width (the stamp line can be wider). */
  signatureShare: number
}

/**
 * A signature with its stamp line exactly as the outputs draw it (the same outlines and layout),
 * rendered `width` pixels wide on transparency: what the UI overlays on each page's thumbnail to
 * preview one placement on many pages, and on the page view, so preview and export agree.
 */
export async function markPreview(
  signature: ResolvedSignature,
  placement: Pick<CheckedPlacement, 'stamp'>,
  width: number,
  now = new Date(),
): Promise<MarkPreview> {
  const text = placement.stamp ? stampText(placement.stamp, now) : undefined
  const group = buildGroupArt(signature.art, text)
  // On a page exactly the group's size, the placed group fills it.
  const height = Math.max(1, Math.ceil((width * group.height) / group.width))
  const page = { width, height }
  const placed = placeGroup(group, { x: 0, y: 0, width: 1000 / group.width }, page)
  const layer = layerSvg(placed, 1, page)
  const png = await sharp(Buffer.from(layer.svg)).png().toBuffer()
  return { png, width: layer.width, height: layer.height, signatureShare: 1000 / group.width }
}
