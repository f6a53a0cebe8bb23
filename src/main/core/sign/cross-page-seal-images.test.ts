import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { crossSealImages } from './cross-page-seal-images'

const W = 1240
const H = 1754
const SEAL = 400

async function sealPng(): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SEAL}" height="${SEAL}"><circle cx="200" cy="200" r="185" fill="none" stroke="#d2232a" stroke-width="16"/>` +
    `<polygon fill="#d2232a" points="200,90 225,170 310,170 240,220 265,300 200,250 135,300 160,220 90,170 175,170"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

const red = (d: Buffer, i: number, ch: number) =>
  (d[i * ch] as number) > 140 && (d[i * ch + 1] as number) < 130

describe('a cross-page seal over a batch of scans', () => {
  it('gives each scan its strip at the left edge, and the strips side by side are the seal', async () => {
    const scan = await sharp({ create: { width: W, height: H, channels: 3, background: '#f4f2ec' } })
      .jpeg()
      .toBuffer()
    const png = await sealPng()
    const scans = Array.from({ length: 4 }, (_, i) => ({ bytes: scan, name: `p${i + 1}.jpg` }))
    const seal = {
      id: 7,
      name: '公章',
      sha256: 'b'.repeat(64),
      art: { kind: 'raster' as const, width: SEAL, height: SEAL, png },
    }
    const out = await crossSealImages(
      scans,
      { seal, request: { edge: 'left', y: 0.4, width: 0.2 } },
      { format: 'png', quality: 90 },
    )
    expect(out.map((o) => o?.placements[0]?.strip)).toEqual(['4/4', '3/4', '2/4', '1/4'])

    // Left edge: the last page holds the seal's leftmost strip, the first page its rightmost.
    const sealPx = Math.round(0.2 * W)
    const top = Math.round(0.4 * H - sealPx / 2)
    const pieces: Buffer[] = []
    for (const o of [...out].reverse()) {
      const meta = await sharp(Buffer.from(o!.bytes)).metadata()
      expect([meta.width, meta.height]).toEqual([W, H])
      const w = Math.round(o!.placements[0]!.width * W)
      pieces.push(
        await sharp(Buffer.from(o!.bytes))
          .extract({ left: 0, top, width: w, height: sealPx })
          .png()
          .toBuffer(),
      )
    }
    let x = 0
    const layers = []
    for (const p of pieces) {
      layers.push({ input: p, left: x, top: 0 })
      x += (await sharp(p).metadata()).width as number
    }
    expect(x).toBe(sealPx)
    const joined = await sharp({ create: { width: sealPx, height: sealPx, channels: 3, background: '#fff' } })
      .composite(layers)
      .removeAlpha()
      .raw()
      .toBuffer()
    const want = await sharp(png)
      .resize(sealPx, sealPx)
      .flatten({ background: '#fff' })
      .removeAlpha()
      .raw()
      .toBuffer()
    let same = 0
    let ink = 0
    for (let i = 0; i < sealPx * sealPx; i++) {
      if (red(want, i, 3) || red(joined, i, 3)) ink++
      if (red(want, i, 3) && red(joined, i, 3)) same++
    }
    expect(same / ink).toBeGreaterThan(0.95)
  })
})
