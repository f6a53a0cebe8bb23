import sharp from 'sharp'
import type { OutputFormat } from '../../../shared/contract/sign'
import { writeComposite } from './compose-image'
import { layoutStrips, stripAudit, type CrossPageSeal } from './cross-page-seal'
import { readImageFacts, type ImageFacts } from './image-input'
import { artAspect, vectorArtToSvg, type SignatureArt } from './ink-art'
import type { SignedBytes } from './sign-file'

export interface ScannedPage {
  bytes: Buffer
  name: string
}

/** The whole seal as a transparent PNG of `width`×`height` pixels. */
async function sealPixels(art: SignatureArt, width: number, height: number): Promise<Buffer> {
  const source = art.kind === 'raster' ? art.png : Buffer.from(vectorArtToSvg(art, { width, height }))
  return sharp(source, { limitInputPixels: false }).resize(width, height, { fit: 'fill' }).png().toBuffer()
}

/**
 * A cross-page seal (骑缝章) over a batch of scans treated as one document, page i being the i-th
 * image: each scan gets its strip, flush with the edge, drawn at the scan's own resolution (the
 * seal's width is a fraction of each scan's width, so pages scanned at one paper size match).
 * Strip edges fall on whole pixels: strip k covers the seal's columns ⌊k·w/N⌋ to ⌊(k+1)·w/N⌋, so
 * the strips side by side are the seal with no gap or overlap. Returns each signed image (null
 * for a scan outside the chosen pages); the caller writes them (with commitOutputs) as one batch.
 */
export async function crossSealImages(
  scans: readonly ScannedPage[],
  cross: CrossPageSeal,
  output: { format: Exclude<OutputFormat, 'pdf'>; quality: number },
): Promise<Array<SignedBytes | null>> {
  const facts: ImageFacts[] = []
  for (const scan of scans) facts.push(await readImageFacts(scan.bytes, scan.name))
  const pages = facts.map((f) => ({ width: f.width, height: f.height }))
  const strips = layoutStrips(cross.request, pages, artAspect(cross.seal.art), {
    perPageWidth: true,
    minStrip: 2,
  })
  const audit = stripAudit(cross.seal, strips, pages)
  const results: Array<SignedBytes | null> = scans.map(() => null)
  for (const [n, strip] of strips.entries()) {
    const scan = scans[strip.page] as ScannedPage
    const f = facts[strip.page] as ImageFacts
    const width = Math.max(strip.count, Math.round(strip.seal.width))
    const height = Math.max(1, Math.round(strip.seal.height))
    const from = Math.floor((strip.index * width) / strip.count)
    const to = Math.floor(((strip.index + 1) * width) / strip.count)
    const piece = await sharp(await sealPixels(cross.seal.art, width, height))
      .extract({ left: from, top: 0, width: to - from, height })
      .png()
      .toBuffer()
    const left = cross.request.edge === 'right' ? f.width - (to - from) : 0
    const top = Math.max(0, Math.min(f.height - height, Math.round(strip.clip.y)))
    const bytes = await writeComposite(
      scan.bytes,
      f,
      [{ input: piece, left, top }],
      output.format,
      output.quality,
      scan.name,
    )
    results[strip.page] = {
      bytes,
      pageCount: 1,
      placements: [audit[n] as SignedBytes['placements'][number]],
      certification: null,
    }
  }
  return results
}
