import { pathsToSvgElements } from './ink-art'
import { chain, matrixAttr, translate } from './matrix'
import type { PlacedGroup } from './place-group'

export interface LayerSvg {
  svg: string
  left: number
  top: number
  width: number
  height: number
}

/**
 * One placed signature as an SVG exactly covering its box on the page, in page pixels, so sharp
 * renders the vector at the output's own resolution and only over the box, never the whole page.
 */
export function layerSvg(
  placed: PlacedGroup,
  opacity: number,
  page: { width: number; height: number },
): LayerSvg {
  const left = Math.max(0, Math.floor(placed.bounds.left))
  const top = Math.max(0, Math.floor(placed.bounds.top))
  const width = Math.max(1, Math.min(page.width, Math.ceil(placed.bounds.right)) - left)
  const height = Math.max(1, Math.min(page.height, Math.ceil(placed.bounds.bottom)) - top)
  const toLayer = chain(placed.transform, translate(-left, -top))
  const items = placed.group.items
    .map((item) =>
      item.kind === 'paths'
        ? `<g transform="${matrixAttr(chain(item.transform, toLayer))}">${pathsToSvgElements(item.paths)}</g>`
        : `<g transform="${matrixAttr(toLayer)}"><image x="${item.x}" y="${item.y}" width="${item.width}" height="${item.height}" preserveAspectRatio="none" href="data:image/png;base64,${item.png.toString('base64')}"/></g>`,
    )
    .join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<g opacity="${opacity}">${items}</g></svg>`
  return { svg, left, top, width, height }
}
