import {
  clip,
  concatTransformationMatrix,
  drawObject,
  endPath,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  StandardFonts,
} from 'pdf-lib'
import sharp from 'sharp'
import { layoutStrips } from '../src/main/core/sign/cross-page-seal'
import { visualToUserSpace } from '../src/main/core/sign/pdf-input'
import { placeOnPages } from '../src/main/core/sign/place-on-pages'
import { produceSigned } from '../src/main/core/sign/sign-file'
import { strokesToArt } from '../src/main/core/sign/strokes-to-art'
import { vectorArtToSvg } from '../src/main/core/sign/ink-art'
import { scribble } from '../src/main/core/sign/test-support/sign-fixtures'
import { PointGroupSchema } from '../src/shared/contract/sign'
import { measure } from './measure'
import { recordResult } from './results'

const PAGES = 100
// A 42 mm company seal on A4 (0.2 of the width): 100 strips of 1.2 pt.
const REQUEST = { edge: 'right' as const, y: 0.5, width: 0.2 }

async function contract(): Promise<Buffer> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.TimesRoman)
  for (let p = 0; p < PAGES; p++) {
    const page = doc.addPage([595, 842])
    for (let line = 0; line < 45; line++)
      page.drawText(`Clause ${p + 1}.${line + 1} The parties agree to the terms set out in this agreement.`, {
        x: 56,
        y: 780 - line * 16,
        size: 11,
        font,
      })
  }
  return Buffer.from(await doc.save())
}

async function sealPng(): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><circle cx="400" cy="400" r="370" fill="none" stroke="#d2232a" stroke-width="30"/>` +
    `<polygon fill="#d2232a" points="400,200 447,340 595,340 475,427 521,567 400,480 279,567 325,427 205,340 353,340"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

// P10: a 骑缝章 over 100 pages plus a signature on every page, in one save, against the same drawn
// the obvious pdf-lib way: each page embeds its own copy of the seal image for its strip.
export async function benchCrossSeal(): Promise<void> {
  const input = await contract()
  const png = await sealPng()
  const seal = {
    id: 2,
    name: '合同专用章',
    sha256: '1'.repeat(64),
    art: { kind: 'raster' as const, width: 800, height: 800, png },
  }
  const art = strokesToArt(PointGroupSchema.array().parse(scribble()))
  const signature = { id: 1, name: '王晓明', sha256: '0'.repeat(64), art }
  const placements = placeOnPages(
    { signatureId: 1, x: 0.55, y: 0.85, width: 0.25, rotate: 0, opacity: 1 },
    signature,
    'all',
    PAGES,
  )
  const output = { format: 'pdf' as const, quality: 90, flatten: false }
  let size = 0
  const ours = await measure('骑缝章 + signature on 100 pages (one shared seal image)', 5, async () => {
    const signed = await produceSigned(input, 'contract.pdf', placements, output, new Date(), undefined, {
      seal,
      request: REQUEST,
    })
    size = signed.bytes.length
  })
  let baseSize = 0
  const base = await measure('the same with a seal image per page', 3, async () => {
    const doc = await PDFDocument.load(input)
    const pages = doc.getPages()
    const strips = layoutStrips(
      REQUEST,
      pages.map((p) => ({ width: p.getWidth(), height: p.getHeight() })),
      1,
    )
    for (const strip of strips) {
      const page = pages[strip.page]!
      const image = await doc.embedPng(png)
      const name = page.node.newXObject('Seal', image.ref)
      const { x, y, width, height } = strip.clip
      page.pushOperators(
        pushGraphicsState(),
        concatTransformationMatrix(...visualToUserSpace(page)),
        rectangle(x, y, width, height),
        clip(),
        endPath(),
        concatTransformationMatrix(
          strip.seal.width,
          0,
          0,
          -strip.seal.height,
          strip.seal.x,
          strip.seal.y + strip.seal.height,
        ),
        drawObject(name),
        popGraphicsState(),
      )
    }
    baseSize = (await doc.save()).length
  })
  const allowed = input.length * 1.1 + png.length + vectorArtToSvg(art).length
  console.log(
    `P10: ${ours.medianMs.toFixed(0)} ms, ${(size / 1e6).toFixed(2)} MB (input ${(input.length / 1e6).toFixed(2)} MB, allowed ${(allowed / 1e6).toFixed(2)} MB); ` +
      `a seal per page: ${base.medianMs.toFixed(0)} ms, ${(baseSize / 1e6).toFixed(2)} MB`,
  )
  recordResult('P10', {
    value: Math.round(ours.medianMs),
    unit: 'ms (骑缝章 over 100 pages + a signature on each, one save, median)',
    baseline: Math.round(base.medianMs),
    ratio: Math.round((base.medianMs / ours.medianMs) * 10) / 10,
    outputBytes: size,
    inputBytes: input.length,
    allowedBytes: Math.round(allowed),
    baselineBytes: baseSize,
    sizeRatio: Math.round((size / allowed) * 1000) / 1000,
    ratioBasis: 'baseline (a copy of the seal image per page, no signatures) median / ours median',
    limits: { ms: 1000, sizeRatio: 1 },
  })
}
