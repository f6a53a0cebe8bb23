import sharp, { type OverlayOptions } from 'sharp'
import type { OutputFormat } from '../../../shared/contract/sign'
import { imageError, imageReadOptions, type ImageFacts } from './image-input'
import type { PlacedGroup } from './place-group'
import { layerSvg } from './render-layer-svg'
import { refreshExifThumbnail } from './signed-thumbnail'

export interface ImageLayer {
  placed: PlacedGroup
  opacity: number
}

/** Renders each placed signature from its vector form at the page's pixel size, only over its box. */
async function renderLayers(layers: readonly ImageLayer[], page: { width: number; height: number }) {
  return Promise.all(
    layers.map(async ({ placed, opacity }) => {
      const layer = layerSvg(placed, opacity, page)
      const input = await sharp(Buffer.from(layer.svg), { limitInputPixels: false }).png().toBuffer()
      return { input, left: layer.left, top: layer.top }
    }),
  )
}

// Optimised Huffman tables make libjpeg hold every DCT coefficient of the image (~130 MB at
// 24 MP) and take 2.5× the time for a file ~5 % smaller; large scans stream without them.
const OPTIMISE_CODING_MAX_PIXELS = 8_000_000

export function jpegOptions(quality: number, size: { width: number; height: number }) {
  return { quality, optimiseCoding: size.width * size.height <= OPTIMISE_CODING_MAX_PIXELS }
}

/**
 * The signed image: the original upright (EXIF orientation applied), the same pixel size, its
 * ICC profile, density and EXIF kept (with a thumbnail of the signed picture), the signatures
 * composited from their vector form.
 */
export async function composeImage(
  bytes: Buffer,
  facts: ImageFacts,
  layers: readonly ImageLayer[],
  format: Exclude<OutputFormat, 'pdf'>,
  quality: number,
  name: string,
): Promise<Buffer> {
  const composites = await renderLayers(layers, { width: facts.width, height: facts.height })
  return writeComposite(bytes, facts, composites, format, quality, name)
}

/** The image upright with ready-made pieces composited over it, written as the signed copy. */
export async function writeComposite(
  bytes: Buffer,
  facts: ImageFacts,
  composites: OverlayOptions[],
  format: Exclude<OutputFormat, 'pdf'>,
  quality: number,
  name: string,
): Promise<Buffer> {
  const page = { width: facts.width, height: facts.height }
  try {
    let pipeline = sharp(bytes, imageReadOptions).composite(composites).keepIccProfile().keepExif()
    if (facts.density) pipeline = pipeline.withDensity(facts.density)
    pipeline =
      format === 'jpeg' ? pipeline.jpeg(jpegOptions(quality, page)) : pipeline.png({ compressionLevel: 6 })
    return await refreshExifThumbnail(await pipeline.toBuffer())
  } catch (error) {
    throw imageError(error, name)
  }
}

/** The original upright, re-encoded for embedding in a PDF (JPEG stays JPEG, the rest PNG). */
export async function uprightImage(
  bytes: Buffer,
  facts: ImageFacts,
  quality: number,
  name: string,
): Promise<{ data: Buffer; format: 'jpeg' | 'png' }> {
  try {
    const pipeline = sharp(bytes, imageReadOptions)
    if (facts.format === 'jpeg')
      return { data: await pipeline.jpeg(jpegOptions(quality, facts)).toBuffer(), format: 'jpeg' }
    return { data: await pipeline.png({ compressionLevel: 6 }).toBuffer(), format: 'png' }
  } catch (error) {
    throw imageError(error, name)
  }
}
