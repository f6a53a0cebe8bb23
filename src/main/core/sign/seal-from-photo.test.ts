import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { sealFromPhoto, SEAL_PREVIEW_EDGE } from './seal-from-photo'

const SIZE = 900

/** Black printed lines of a contract, as an SVG fragment. */
const print = Array.from(
  { length: 22 },
  (_, i) => `<rect x="60" y="${60 + i * 36}" width="${i % 5 === 4 ? 420 : 780}" height="14" fill="#111"/>`,
).join('')

/** A round company seal: ring, star and an inner band, in stamp-pad red. */
const seal = (color: string) =>
  `<g fill="none" stroke="${color}"><circle cx="450" cy="450" r="230" stroke-width="16"/>` +
  `<circle cx="450" cy="450" r="200" stroke-width="4"/><rect x="330" y="560" width="240" height="34" stroke-width="6"/></g>` +
  `<polygon fill="${color}" points="450,330 478,412 565,412 495,462 521,545 450,495 379,545 405,462 335,412 422,412"/>`

async function render(body: string): Promise<{ data: Buffer; png: Buffer }> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}"><rect width="100%" height="100%" fill="#f7f4ec"/>${body}</svg>`
  const png = await sharp(Buffer.from(svg)).png().toBuffer()
  const data = await sharp(png).removeAlpha().raw().toBuffer()
  return { data, png }
}

describe('lifting a seal from a photo', () => {
  it('keeps the red seal in its own colour, drops the paper and every black line under it', async () => {
    // The seal is stamped over the printed text: where they cross, the pad's ink multiplies.
    const photo = await render(
      `${print}<g style="mix-blend-mode:multiply" opacity="0.9">${seal('#d2232a')}</g>`,
    )
    const sealOnly = await render(seal('#d2232a'))
    const textOnly = await render(print)
    const jpeg = await sharp(photo.png).jpeg({ quality: 88 }).toBuffer()

    const lifted = await sealFromPhoto(jpeg, {}, SIZE)
    expect(lifted.crop.pictureWidth).toBe(SIZE)
    const { data: out, info } = await sharp(lifted.png).raw().toBuffer({ resolveWithObject: true })
    expect(info.channels).toBe(4)
    const alphaAt = (x: number, y: number) => {
      const ox = x - lifted.crop.left
      const oy = y - lifted.crop.top
      if (ox < 0 || oy < 0 || ox >= lifted.width || oy >= lifted.height) return 0
      return out[(oy * lifted.width + ox) * 4 + 3] as number
    }
    const red = (d: Buffer, i: number) => (d[i * 3] as number) > 150 && (d[i * 3 + 1] as number) < 110
    const dark = (d: Buffer, i: number) => (d[i * 3] as number) < 80
    // The seal's footprint, its anti-aliased edge and JPEG's ringing included (2 px around its ink).
    const tinted = (i: number) => (sealOnly.data[i * 3] as number) - (sealOnly.data[i * 3 + 1] as number) > 20
    const nearSeal = (x: number, y: number) => {
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) {
          const xx = x + dx
          const yy = y + dy
          if (xx >= 0 && yy >= 0 && xx < SIZE && yy < SIZE && tinted(yy * SIZE + xx)) return true
        }
      return false
    }

    let sealRed = 0
    let kept = 0
    let textPixels = 0
    let textLeft = 0
    for (let y = 0; y < SIZE; y++)
      for (let x = 0; x < SIZE; x++) {
        const i = y * SIZE + x
        // The seal's red pixels: in the seal and red in the photo (not where black print is on top).
        if (red(sealOnly.data, i) && red(photo.data, i)) {
          sealRed++
          if (alphaAt(x, y) > 128) kept++
        }
        // The print's black pixels: every one must be gone.
        if (dark(textOnly.data, i) && dark(photo.data, i)) {
          textPixels++
          if (alphaAt(x, y) > 0 && !nearSeal(x, y)) textLeft++
        }
      }
    expect(sealRed).toBeGreaterThan(20_000)
    expect(kept / sealRed).toBeGreaterThanOrEqual(0.95)
    expect(textPixels).toBeGreaterThan(50_000)
    expect(textLeft).toBe(0)
    // One ink colour, the seal's own red, and nothing black anywhere in the result.
    const [r, g, b] = [1, 3, 5].map((k) => parseInt(lifted.color.slice(k, k + 2), 16)) as [
      number,
      number,
      number,
    ]
    expect(r).toBeGreaterThan(180)
    expect(Math.max(g, b)).toBeLessThan(90)
    for (let i = 0; i < out.length; i += 4) if ((out[i + 3] as number) > 0) expect(out[i]).toBe(r)
  })

  it('works small for a live preview, follows the hue asked for, and refuses a photo with no seal', async () => {
    const blue = await render(`${print}<g opacity="0.9">${seal('#2a4fd2')}</g>`)
    const preview = await sealFromPhoto(blue.png, { hue: 225 }, SEAL_PREVIEW_EDGE)
    expect(Math.max(preview.crop.pictureWidth, preview.crop.pictureHeight)).toBe(SEAL_PREVIEW_EDGE)
    expect(preview.width / preview.height).toBeCloseTo(1, 1)
    await expect(sealFromPhoto(blue.png, { hue: 0 })).rejects.toMatchObject({
      details: { reason: 'sign.seal-no-red' },
    })
    const error = await sealFromPhoto((await render(print)).png).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
  })
})
