import { PDFDocument, rgb } from 'pdf-lib'
import sharp from 'sharp'

/** A round company seal in stamp-pad red: ring, star and a band, as SVG elements in a 600 box. */
export function sealSvg(color = '#d2232a'): string {
  return (
    `<g fill="none" stroke="${color}"><circle cx="300" cy="300" r="270" stroke-width="20"/>` +
    `<circle cx="300" cy="300" r="235" stroke-width="5"/></g>` +
    `<polygon fill="${color}" points="300,150 335,255 445,255 356,320 390,425 300,360 210,425 244,320 155,255 265,255"/>` +
    `<rect x="170" y="450" width="260" height="40" fill="${color}"/>`
  )
}

/**
 * A photo of a seal stamped over a contract's black print, on slightly yellowed paper, as a JPEG
 * (what a phone gives); `red` false gives the same page with no seal on it.
 */
export async function sealPhoto(red = true): Promise<Buffer> {
  const print = Array.from(
    { length: 18 },
    (_, i) => `<rect x="40" y="${60 + i * 34}" width="${i % 4 === 3 ? 380 : 620}" height="12" fill="#111"/>`,
  ).join('')
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="700"><rect width="100%" height="100%" fill="#f7f4ec"/>` +
    `${print}${red ? `<g transform="translate(50 50)" opacity="0.9">${sealSvg()}</g>` : ''}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer()
}

/** An A4 contract of `pages` pages, each with grey lines of "text" (none near the right edge). */
export async function contractPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([595, 842])
    for (let l = 0; l < 30; l++)
      page.drawRectangle({ x: 60, y: 760 - l * 22, width: 420, height: 5, color: rgb(0.6, 0.6, 0.6) })
  }
  return doc.save()
}
