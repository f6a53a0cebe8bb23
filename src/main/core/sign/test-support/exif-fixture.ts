import sharp from 'sharp'

/**
 * A camera-like JPEG built by hand (exiftool is not needed): an APP1 Exif segment whose IFD0 has
 * Make, Model, Orientation and resolution, an Exif IFD with the date taken and the f-number, and
 * an IFD1 with a JPEG thumbnail — the picture galleries show before opening the file.
 */
export interface CameraJpeg {
  jpeg: Buffer
  /** The thumbnail stored in IFD1, as given. */
  thumbnail: Buffer
}

interface Entry {
  tag: number
  type: 2 | 3 | 4 | 5
  count: number
  /** Inline value (SHORT/LONG) or the bytes stored out of line (ASCII/RATIONAL). */
  value: number | Buffer
}

const ascii = (tag: number, text: string): Entry => {
  const bytes = Buffer.from(`${text}\0`, 'latin1')
  return { tag, type: 2, count: bytes.length, value: bytes }
}
const rational = (tag: number, num: number, den: number): Entry => {
  const bytes = Buffer.alloc(8)
  bytes.writeUInt32BE(num, 0)
  bytes.writeUInt32BE(den, 4)
  return { tag, type: 5, count: 1, value: bytes }
}
const short = (tag: number, value: number): Entry => ({ tag, type: 3, count: 1, value })
const long = (tag: number, value: number): Entry => ({ tag, type: 4, count: 1, value })

/** Writes one IFD at `offset` (big-endian TIFF), its out-of-line data right after it. */
function ifd(entries: Entry[], offset: number, next: number): Buffer {
  const head = 2 + entries.length * 12 + 4
  const parts: Buffer[] = []
  let dataOffset = offset + head
  const table = Buffer.alloc(head)
  table.writeUInt16BE(entries.length, 0)
  entries.forEach((e, i) => {
    const at = 2 + i * 12
    table.writeUInt16BE(e.tag, at)
    table.writeUInt16BE(e.type, at + 2)
    table.writeUInt32BE(e.count, at + 4)
    if (typeof e.value === 'number') {
      if (e.type === 3) table.writeUInt16BE(e.value, at + 8)
      else table.writeUInt32BE(e.value, at + 8)
    } else if (e.value.length <= 4) {
      e.value.copy(table, at + 8)
    } else {
      table.writeUInt32BE(dataOffset, at + 8)
      parts.push(e.value)
      dataOffset += e.value.length + (e.value.length % 2)
      if (e.value.length % 2) parts.push(Buffer.alloc(1))
    }
  })
  table.writeUInt32BE(next, head - 4)
  return Buffer.concat([table, ...parts])
}

/** The APP1 payload ("Exif\0\0" + TIFF) for the given thumbnail and orientation. */
export function exifApp1(thumbnail: Buffer, orientation = 1): Buffer {
  // Sizes are fixed by the entries, so the layout is computed in two passes.
  const ifd0Entries = (exifAt: number): Entry[] => [
    ascii(0x010f, 'PaperdeskCam'),
    ascii(0x0110, 'Model X100'),
    short(0x0112, orientation),
    rational(0x011a, 300, 1),
    rational(0x011b, 300, 1),
    short(0x0128, 2),
    long(0x8769, exifAt),
  ]
  const exifEntries: Entry[] = [ascii(0x9003, '2026:12:04 09:30:00'), rational(0x829d, 28, 10)]
  const ifd1Entries = (thumbAt: number): Entry[] => [
    short(0x0103, 6),
    long(0x0201, thumbAt),
    long(0x0202, thumbnail.length),
  ]
  const ifd0Size = ifd(ifd0Entries(0), 8, 0).length
  const exifSize = ifd(exifEntries, 0, 0).length
  const ifd1Size = ifd(ifd1Entries(0), 0, 0).length
  const exifAt = 8 + ifd0Size
  const ifd1At = exifAt + exifSize
  const thumbAt = ifd1At + ifd1Size
  const tiff = Buffer.concat([
    Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]),
    ifd(ifd0Entries(exifAt), 8, ifd1At),
    ifd(exifEntries, exifAt, 0),
    ifd(ifd1Entries(thumbAt), ifd1At, 0),
    thumbnail,
  ])
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff])
}

/** Puts an APP1 segment right after a JPEG's SOI marker. */
export function withApp1(jpeg: Buffer, payload: Buffer): Buffer {
  const head = Buffer.from([0xff, 0xe1, 0, 0])
  head.writeUInt16BE(payload.length + 2, 2)
  return Buffer.concat([jpeg.subarray(0, 2), head, payload, jpeg.subarray(2)])
}

/**
 * A `width`×`height` grey "photo" with a camera's EXIF and a 160-px thumbnail of the same
 * picture (light grey, no ink), as a camera writes it.
 */
export async function cameraJpeg(width: number, height: number, orientation = 1): Promise<CameraJpeg> {
  const picture = sharp({
    create: { width, height, channels: 3, background: { r: 214, g: 216, b: 220 } },
  })
  // A Display P3 profile, as phones write, so the test sees that ICC survives too.
  const body = await picture.clone().withIccProfile('p3').jpeg({ quality: 90 }).toBuffer()
  const thumbnail = await picture
    .clone()
    .resize({ width: 160, height: 160, fit: 'inside' })
    .jpeg({ quality: 80 })
    .toBuffer()
  return { jpeg: withApp1(body, exifApp1(thumbnail, orientation)), thumbnail }
}
