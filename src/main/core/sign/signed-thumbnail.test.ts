import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { exifBlock } from './exif-block'
import { readThumbnail } from './exif-thumbnail'
import { produceSigned } from './sign-file'
import { strokesToArt } from './strokes-to-art'
import { cameraJpeg } from './test-support/exif-fixture'
import { darkestIn, scribble } from './test-support/sign-fixtures'
import { PointGroupSchema } from '../../../shared/contract/sign'

const art = strokesToArt(PointGroupSchema.array().parse(scribble()))
const BOX = { x: 0.1, y: 0.3, width: 0.8 }

async function signJpeg(input: Buffer, format: 'jpeg' | 'png' = 'jpeg') {
  const signed = await produceSigned(
    input,
    'photo.jpg',
    [
      {
        placement: { signatureId: 1, page: 0, rotate: 0, opacity: 1, ...BOX },
        signature: { id: 1, name: 'Me', sha256: '0', art },
      },
    ],
    { format, quality: 90, flatten: false },
  )
  return { bytes: Buffer.from(signed.bytes), height: signed.placements[0]!.height }
}

async function grey(image: Buffer) {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true })
  return { width: info.width, height: info.height, data }
}

describe('the EXIF thumbnail of a signed photo', () => {
  it('shows the signed picture, upright, and the camera data, orientation, density and ICC stay', async () => {
    const { jpeg, thumbnail: old } = await cameraJpeg(1200, 800, 6)
    expect(readThumbnail(exifBlock(jpeg)!.tiff)).toEqual(old)
    const oldThumb = await grey(old)
    expect(darkestIn(oldThumb, { ...BOX, height: 0.2 })).toBeGreaterThan(190)

    const { bytes, height } = await signJpeg(jpeg)
    const thumb = readThumbnail(exifBlock(bytes)!.tiff)
    expect(thumb).not.toBeNull()
    const pixels = await grey(thumb!)
    // The photo is portrait once turned upright; so is its new thumbnail.
    expect([pixels.width, pixels.height]).toEqual([107, 160])
    expect(darkestIn(pixels, { ...BOX, height })).toBeLessThan(110)
    expect(darkestIn(pixels, { x: 0, y: 0, width: 1, height: 0.25 })).toBeGreaterThan(190)
    // The unsigned picture's thumbnail is not left anywhere in the file.
    expect(bytes.indexOf(old)).toBe(-1)

    const meta = await sharp(bytes).metadata()
    expect([meta.width, meta.height, meta.orientation ?? 1, meta.density]).toEqual([800, 1200, 1, 300])
    expect(meta.icc?.length).toBeGreaterThan(100)
    expect(meta.exif?.includes('PaperdeskCam')).toBe(true)
    expect(meta.exif?.includes('Model X100')).toBe(true)
    expect(meta.exif?.includes('2026:12:04 09:30:00')).toBe(true)
  })

  it('is replaced in a PNG written from a camera photo too', async () => {
    const { jpeg, thumbnail: old } = await cameraJpeg(600, 400)
    const { bytes, height } = await signJpeg(jpeg, 'png')
    expect(bytes.indexOf(old)).toBe(-1)
    const thumb = readThumbnail(exifBlock(bytes)!.tiff)
    expect(darkestIn(await grey(thumb!), { ...BOX, height })).toBeLessThan(110)
    expect((await sharp(bytes).metadata()).exif?.includes('PaperdeskCam')).toBe(true)
  })
})
