import sharp from 'sharp'
import { vectorArtToSvg, type SignatureArt } from './ink-art'

const PREVIEW_HEIGHT = 160
const PREVIEW_MAX_WIDTH = 800

/** The library's thumbnail: the trimmed ink on transparency, 160 px high (narrower if very wide). */
export async function renderPreview(art: SignatureArt): Promise<Buffer> {
  const scale = Math.min(PREVIEW_HEIGHT / art.height, PREVIEW_MAX_WIDTH / art.width)
  const width = Math.max(1, Math.round(art.width * scale))
  const height = Math.max(1, Math.round(art.height * scale))
  if (art.kind === 'vector') {
    return sharp(Buffer.from(vectorArtToSvg(art, { width, height })), { limitInputPixels: false })
      .png()
      .toBuffer()
  }
  return sharp(art.png).resize(width, height, { fit: 'fill' }).png().toBuffer()
}
