import { describe, expect, it } from 'vitest'
import { hasThumbnail, readThumbnail, replaceThumbnail } from './exif-thumbnail'
import { exifApp1 } from './test-support/exif-fixture'

const tiffOf = (thumbnail: Buffer) => exifApp1(thumbnail).subarray(6)
const fakeJpeg = (n: number, fill: number) =>
  Buffer.concat([Buffer.from([0xff, 0xd8]), Buffer.alloc(n, fill)])

describe('EXIF thumbnails', () => {
  it('swaps the thumbnail and leaves the camera data as it was', () => {
    const tiff = tiffOf(fakeJpeg(300, 7))
    const next = replaceThumbnail(tiff, fakeJpeg(500, 9))
    expect(readThumbnail(next)).toEqual(fakeJpeg(500, 9))
    expect(next.includes(fakeJpeg(300, 7))).toBe(false)
    const before = tiff.indexOf('PaperdeskCam')
    expect(next.indexOf('PaperdeskCam')).toBe(before)
  })

  it('drops the thumbnail (IFD1 unlinked, its bytes gone) when none is given', () => {
    const tiff = tiffOf(fakeJpeg(300, 7))
    const next = replaceThumbnail(tiff, null)
    expect(hasThumbnail(next)).toBe(false)
    expect(readThumbnail(next)).toBeNull()
    expect(next.length).toBe(tiff.length - 302)
    expect(next.includes('Model X100')).toBe(true)
  })

  it('leaves a block without IFD1 or a broken one alone', () => {
    expect(readThumbnail(Buffer.from('not a tiff'))).toBeNull()
    const none = replaceThumbnail(tiffOf(fakeJpeg(10, 1)), null)
    expect(replaceThumbnail(none, fakeJpeg(10, 2))).toEqual(none)
  })
})
