/** One path of a signature's vector form; strokes are drawn with round caps and joins. */
export interface InkPath {
  /** SVG path data in the art's coordinates. */
  d: string
  fill?: string
  stroke?: string
  strokeWidth?: number
}

/** A signature as the outputs draw it: vector paths, or a transparent high-resolution PNG. */
export type SignatureArt =
  | { kind: 'vector'; minX: number; minY: number; width: number; height: number; paths: InkPath[] }
  | { kind: 'raster'; width: number; height: number; png: Buffer }

const num = (n: number) => String(Math.round(n * 100) / 100)

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** The `<path>` elements of vector paths, for embedding in a larger SVG. */
export function pathsToSvgElements(paths: readonly InkPath[]): string {
  return paths
    .map((p) => {
      const paint = p.stroke
        ? `fill="${escapeAttr(p.fill ?? 'none')}" stroke="${escapeAttr(p.stroke)}" stroke-width="${num(p.strokeWidth ?? 1)}" stroke-linecap="round" stroke-linejoin="round"`
        : `fill="${escapeAttr(p.fill ?? '#000000')}"`
      return `<path d="${escapeAttr(p.d)}" ${paint}/>`
    })
    .join('')
}

/** A vector art as a standalone SVG file (what the library stores), optionally drawn at another size. */
export function vectorArtToSvg(
  art: Extract<SignatureArt, { kind: 'vector' }>,
  size: { width: number; height: number } = art,
): string {
  const box = `${num(art.minX)} ${num(art.minY)} ${num(art.width)} ${num(art.height)}`
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box}" width="${num(size.width)}" height="${num(size.height)}">` +
    `${pathsToSvgElements(art.paths)}</svg>`
  )
}

export function artAspect(art: SignatureArt): number {
  return art.width / art.height
}
