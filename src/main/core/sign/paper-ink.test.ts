import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { inkFromPhoto } from './paper-ink'

/** A phone photo of paper: off-white with a soft shadow, dark-blue ink strokes in the middle. */
async function paperPhoto(ink = true): Promise<Buffer> {
  const strokes = ink
    ? '<path d="M300 420 C 420 300, 520 520, 640 400 S 860 330, 920 460" stroke="#1c2233" stroke-width="9" fill="none"/>'
    : ''
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <defs><linearGradient id="s" x1="0" x2="1"><stop offset="0" stop-color="#e9e6de"/><stop offset="1" stop-color="#c9c5bb"/></linearGradient></defs>
    <rect width="1200" height="800" fill="url(#s)"/>${strokes}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

describe('paper signature to ink', () => {
  it('keeps the ink in the chosen colour, makes paper and shadow transparent, trims to the ink', async () => {
    const ink = await inkFromPhoto(await paperPhoto(), { threshold: 120, rotate: 0, color: '#1a3caa' }, 2400)
    // The strokes span about 300…920 × 330…520 before trimming.
    expect(ink.width).toBeGreaterThan(600)
    expect(ink.width).toBeLessThan(680)
    expect(ink.height).toBeLessThan(260)
    const { data, info } = await sharp(ink.png).raw().toBuffer({ resolveWithObject: true })
    expect(info.channels).toBe(4)
    let opaque = 0
    let clear = 0
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] as number) > 200) {
        opaque++
        expect([data[i], data[i + 1], data[i + 2]]).toEqual([0x1a, 0x3c, 0xaa])
      } else if (data[i + 3] === 0) clear++
    }
    expect(opaque).toBeGreaterThan(2000)
    expect(clear).toBeGreaterThan(opaque)
  })

  it('turns the ink with the photo', async () => {
    const upright = await inkFromPhoto(
      await paperPhoto(),
      { threshold: 120, rotate: 0, color: '#111111' },
      2400,
    )
    const turned = await inkFromPhoto(
      await paperPhoto(),
      { threshold: 120, rotate: 90, color: '#111111' },
      2400,
    )
    expect([turned.width, turned.height]).toEqual([upright.height, upright.width])
  })

  it('says so when there is no ink at that threshold', async () => {
    await expect(
      inkFromPhoto(await paperPhoto(false), { threshold: 40, rotate: 0, color: '#111111' }, 800),
    ).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof AppError && (e.details as { reason: string }).reason === 'sign.paper-no-ink',
    )
  })
})
