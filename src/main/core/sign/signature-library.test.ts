import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataStore } from '../db/data-store'
import { useTempDirs } from '../test-support/temp-dir'
import { SignatureLibrary } from './signature-library'
import sharp from 'sharp'
import { sealFromPhoto } from './seal-from-photo'
import { scribble } from './test-support/sign-fixtures'

const tempDir = useTempDirs()

describe('signature library', () => {
  it('keeps strokes, SVG and preview; the first is the default; one default at a time', async () => {
    const store = new DataStore(join(tempDir(), 'data'))
    const library = new SignatureLibrary(store)
    const first = await library.saveDrawn('全名', scribble())
    const second = await library.saveSvg(
      'initials',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><path d="M2 18 L20 2 L38 18" stroke="#000" stroke-width="2" fill="none"/></svg>',
    )
    expect([first.isDefault, second.isDefault]).toEqual([true, false])
    expect([first.kind, first.vector, second.kind]).toEqual(['drawn', true, 'svg'])
    expect(second.aspect).toBe(2)
    expect(library.strokes(first.id)?.[0]?.points).toHaveLength(40)
    expect(library.strokes(second.id)).toBeNull()

    library.setDefault(second.id)
    expect(library.list().map((s) => [s.name, s.isDefault])).toEqual([
      ['initials', true],
      ['全名', false],
    ])
    expect(library.rename(first.id, '签名').name).toBe('签名')
    const preview = library.preview(first.previewPath.slice('signature/'.length))
    expect(preview?.mime).toBe('image/png')
    expect(library.preview(`${first.id}/0000000000000000.png`)).toBeNull()

    expect(library.delete(first.id)).toBe(true)
    expect(() => library.resolve(first.id)).toThrow(/no signature/)
    store.close()
  })

  it('keeps a seal lifted from a photo beside the signatures, marked as a seal, round and never the default', async () => {
    const store = new DataStore(join(tempDir(), 'data'))
    const library = new SignatureLibrary(store)
    const photo = await sharp(
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect width="600" height="400" fill="#fff"/>' +
          '<circle cx="300" cy="200" r="150" fill="none" stroke="#d2232a" stroke-width="14"/></svg>',
      ),
    )
      .jpeg()
      .toBuffer()
    const lifted = await sealFromPhoto(photo)
    const seal = await library.saveSeal('合同专用章', lifted.png)
    const signature = await library.saveDrawn('全名', scribble())
    expect([seal.role, seal.isDefault, signature.role, signature.isDefault]).toEqual([
      'seal',
      false,
      'signature',
      true,
    ])
    expect(seal.aspect).toBeCloseTo(1, 1)
    const art = library.resolve(seal.id).art
    expect(art.kind).toBe('raster')
    expect(art.width / art.height).toBeCloseTo(1, 1)
    expect(
      library
        .list()
        .map((s) => s.role)
        .sort(),
    ).toEqual(['seal', 'signature'])
    store.close()
  })

  it('refuses a PNG whose header is whole but whose pixels are cut short, in words, and stores nothing', async () => {
    const store = new DataStore(join(tempDir(), 'data'))
    const library = new SignatureLibrary(store)
    const png = await sharp({
      create: {
        width: 300,
        height: 100,
        channels: 4,
        background: { r: 0, g: 0, b: 0, alpha: 0 },
        noise: { type: 'gaussian', mean: 128, sigma: 40 },
      },
    })
      .png()
      .toBuffer()
    await expect(library.saveRaster('cut', 'png', png.subarray(0, png.length >> 1))).rejects.toMatchObject({
      code: 'INVALID_FILE',
      details: { reason: 'sign.png-damaged' },
    })
    expect(library.list()).toEqual([])
    expect((await library.saveRaster('whole', 'png', png)).name).toBe('whole')
    store.close()
  })
})
