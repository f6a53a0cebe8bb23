import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { PointGroupSchema } from '../../../shared/contract/sign'
import { markPreview, pagesFor, placeOnPages } from './place-on-pages'
import { produceSigned } from './sign-file'
import { strokesToArt } from './strokes-to-art'
import { scribble } from './test-support/sign-fixtures'

const signature = {
  id: 1,
  name: '王晓明',
  sha256: 'c'.repeat(64),
  art: strokesToArt(PointGroupSchema.array().parse(scribble())),
}

describe('one placement on many pages', () => {
  it('means every, the first, the last or chosen pages, and refuses a page the document lacks', () => {
    expect(pagesFor('all', 4)).toEqual([0, 1, 2, 3])
    expect([pagesFor('first', 4), pagesFor('last', 4)]).toEqual([[0], [3]])
    expect(pagesFor([3, 1, 1], 4)).toEqual([1, 3])
    expect(() => pagesFor([4], 4)).toThrow(/no page 5/)
    expect(() => pagesFor([], 4)).toThrow()
  })

  it('signs each chosen page in one call, at the same spot', async () => {
    const doc = await PDFDocument.create()
    for (let i = 0; i < 5; i++) doc.addPage([595, 842])
    const placements = placeOnPages(
      { signatureId: 1, x: 0.6, y: 0.8, width: 0.25, rotate: 0, opacity: 1 },
      signature,
      [0, 2, 4],
      5,
    )
    const signed = await produceSigned(Buffer.from(await doc.save()), 'five.pdf', placements, {
      format: 'pdf',
      quality: 90,
      flatten: false,
    })
    expect(signed.placements.map((p) => [p.page, p.x, p.y])).toEqual([
      [0, 0.6, 0.8],
      [2, 0.6, 0.8],
      [4, 0.6, 0.8],
    ])
  })

  it('previews a mark with its stamp as the outputs draw it, for the page thumbnails', async () => {
    const plain = await markPreview(signature, {}, 300)
    const stamped = await markPreview(
      signature,
      {
        stamp: {
          format: 'zh-hanzi',
          label: '甲方代表经办人已阅核对确认：',
          date: '2026-12-04',
          dateOff: false,
        },
      },
      300,
    )
    expect(plain.signatureShare).toBe(1)
    // The long stamp line is wider than the signature: the mark is sized to hold it.
    expect(stamped.signatureShare).toBeLessThan(0.7)
    expect(stamped.width).toBe(300)
    expect(stamped.height).toBeGreaterThan(0)
    const { data, info } = await sharp(stamped.png).raw().toBuffer({ resolveWithObject: true })
    // Ink reaches the right end (the stamp's last glyphs) and the bottom rows (the stamp line).
    const alphaIn = (x0: number, x1: number, y0: number, y1: number) => {
      let max = 0
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) max = Math.max(max, data[(y * info.width + x) * 4 + 3] as number)
      return max
    }
    expect(alphaIn(info.width - 20, info.width, 0, info.height)).toBeGreaterThan(128)
    expect(alphaIn(0, info.width, info.height - 8, info.height)).toBeGreaterThan(128)
  })
})
