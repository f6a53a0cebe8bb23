import { crc32 } from '../filing/inspect/crc32'

/** The EXIF block (a TIFF structure) inside an image file, and a way to put a new one in its place. */
export interface ExifBlock {
  tiff: Buffer
  /** The whole file with `tiff` in place of the old block. */
  replace(tiff: Buffer): Buffer
}

const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1')
// An APP1 segment's length field counts itself: 65 535 bytes in all.
const MAX_APP1_PAYLOAD = 0xffff - 2

/** The Exif APP1 segment of a JPEG, which comes before the first scan. */
function jpegExif(jpeg: Buffer): ExifBlock | null {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null
  let at = 2
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1] as number
    if (marker === 0xda || marker === 0xd9) return null
    const size = jpeg.readUInt16BE(at + 2)
    const payload = jpeg.subarray(at + 4, at + 2 + size)
    if (marker === 0xe1 && payload.subarray(0, 6).equals(EXIF_HEADER)) {
      const start = at
      const end = at + 2 + size
      return {
        tiff: Buffer.from(payload.subarray(6)),
        replace(tiff) {
          const body = Buffer.concat([EXIF_HEADER, tiff])
          if (body.length > MAX_APP1_PAYLOAD) throw new Error('EXIF block too large for APP1')
          const head = Buffer.from([0xff, 0xe1, 0, 0])
          head.writeUInt16BE(body.length + 2, 2)
          return Buffer.concat([jpeg.subarray(0, start), head, body, jpeg.subarray(end)])
        },
      }
    }
    at += 2 + size
  }
  return null
}

/** The eXIf chunk of a PNG. */
function pngExif(png: Buffer): ExifBlock | null {
  if (png.length < 8 || png.readUInt32BE(0) !== 0x89504e47) return null
  let at = 8
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    if (type === 'IDAT' || type === 'IEND') return null
    if (type === 'eXIf') {
      const start = at
      const end = at + 12 + length
      return {
        tiff: Buffer.from(png.subarray(at + 8, at + 8 + length)),
        replace(tiff) {
          const head = Buffer.alloc(8)
          head.writeUInt32BE(tiff.length, 0)
          head.write('eXIf', 4, 'latin1')
          const crc = Buffer.alloc(4)
          crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), tiff])), 0)
          return Buffer.concat([png.subarray(0, start), head, tiff, crc, png.subarray(end)])
        },
      }
    }
    at += 12 + length
  }
  return null
}

/** The EXIF block of a JPEG or PNG file, or null when it has none. */
export function exifBlock(file: Buffer): ExifBlock | null {
  return jpegExif(file) ?? pngExif(file)
}
