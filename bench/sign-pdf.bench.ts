import { PDFDocument, rgb, StandardFonts, LineCapStyle } from 'pdf-lib'
import { produceSigned } from '../src/main/core/sign/sign-file'
import { strokesToArt } from '../src/main/core/sign/strokes-to-art'
import { colorComponents } from '../src/main/core/sign/ink-color'
import { scribble } from '../src/main/core/sign/test-support/sign-fixtures'
import { PointGroupSchema } from '../src/shared/contract/sign'
import { measure } from './measure'
import { recordResult } from './results'

export const PAGES = 14

export async function contract(): Promise<Buffer> {
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

// P5: one signature on every page of a 14-page PDF (load, stamp, save), against the usual pdf-lib
// recipe of drawing each path of the signature on each page with page.drawSvgPath.
export async function benchSignPdf(): Promise<void> {
  const bytes = await contract()
  const art = strokesToArt(PointGroupSchema.array().parse(scribble()))
  const signature = { id: 1, name: 'bench', sha256: '0'.repeat(64), art }
  const placements = Array.from({ length: PAGES }, (_, page) => ({
    placement: { signatureId: 1, page, x: 0.6, y: 0.85, width: 0.25, rotate: 0, opacity: 1 },
    signature,
  }))
  const ours = await measure('stampPdf (one form XObject, 14 pages)', 9, () =>
    produceSigned(bytes, 'contract.pdf', placements, { format: 'pdf', quality: 90, flatten: false }),
  )
  const base = await measure('page.drawSvgPath per page', 9, async () => {
    const doc = await PDFDocument.load(bytes)
    const scale = (0.25 * 595) / art.width
    for (const page of doc.getPages()) {
      for (const path of art.paths) {
        page.drawSvgPath(path.d, {
          x: 0.6 * 595 - art.minX * scale,
          y: 842 * 0.15 + art.minY * scale,
          scale,
          ...(path.stroke
            ? {
                borderColor: rgb(...colorComponents(path.stroke)),
                borderWidth: (path.strokeWidth ?? 1) * scale,
                borderLineCap: LineCapStyle.Round,
              }
            : { color: rgb(...colorComponents(path.fill ?? '#000000')) }),
        })
      }
    }
    await doc.save()
  })
  const ratio = base.medianMs / ours.medianMs
  console.log(
    `P5 ${ours.name}: ${ours.medianMs.toFixed(1)} ms; ${base.name}: ${base.medianMs.toFixed(1)} ms; ${ratio.toFixed(2)}×`,
  )
  recordResult('P5', {
    value: Math.round(ours.medianMs * 10) / 10,
    unit: 'ms',
    baseline: Math.round(base.medianMs * 10) / 10,
    ratio: Math.round(ratio * 100) / 100,
    limits: { ms: 300 },
  })
}
