/**
 * The EXIF thumbnail (IFD1) of a TIFF/EXIF block: found, replaced or removed in place. Galleries
 * and file browsers show this small JPEG instead of decoding the picture, so a signed photo must
 * not carry the unsigned picture's thumbnail. Everything else in the block (camera data,
 * orientation, resolution, GPS) is left byte for byte where it was.
 */

const TAG_COMPRESSION = 0x0103
const TAG_THUMB_OFFSET = 0x0201
const TAG_THUMB_LENGTH = 0x0202

interface Tiff {
  buf: Buffer
  big: boolean
  u16(at: number): number
  u32(at: number): number
  put32(at: number, value: number): void
}

function tiffView(buf: Buffer): Tiff | null {
  if (buf.length < 8) return null
  const order = buf.toString('latin1', 0, 2)
  if (order !== 'MM' && order !== 'II') return null
  const big = order === 'MM'
  const t: Tiff = {
    buf,
    big,
    u16: (at) => (big ? buf.readUInt16BE(at) : buf.readUInt16LE(at)),
    u32: (at) => (big ? buf.readUInt32BE(at) : buf.readUInt32LE(at)),
    put32: (at, value) => (big ? buf.writeUInt32BE(value, at) : buf.writeUInt32LE(value, at)),
  }
  return t.u16(2) === 42 ? t : null
}

/** Where IFD0's "next IFD" pointer sits, and where IFD1 is (0 when there is none). */
function ifd1Of(t: Tiff): { nextAt: number; ifd1: number } | null {
  const ifd0 = t.u32(4)
  if (ifd0 + 2 > t.buf.length) return null
  const nextAt = ifd0 + 2 + t.u16(ifd0) * 12
  if (nextAt + 4 > t.buf.length) return null
  const ifd1 = t.u32(nextAt)
  if (ifd1 !== 0 && ifd1 + 2 > t.buf.length) return null
  return { nextAt, ifd1 }
}

interface ThumbEntries {
  /** Byte offsets of the offset and length entries' values. */
  offsetAt: number
  lengthAt: number
  start: number
  length: number
}

/** The JPEG thumbnail's entries in IFD1; null for no IFD1 or an uncompressed (strip) thumbnail. */
function thumbEntries(t: Tiff, ifd1: number): ThumbEntries | null {
  const count = t.u16(ifd1)
  let offsetAt = -1
  let lengthAt = -1
  let compression = 6
  for (let i = 0; i < count; i++) {
    const at = ifd1 + 2 + i * 12
    if (at + 12 > t.buf.length) return null
    const tag = t.u16(at)
    if (tag === TAG_THUMB_OFFSET) offsetAt = at + 8
    else if (tag === TAG_THUMB_LENGTH) lengthAt = at + 8
    else if (tag === TAG_COMPRESSION) compression = t.u16(at + 8)
  }
  if (offsetAt < 0 || lengthAt < 0 || compression !== 6) return null
  const start = t.u32(offsetAt)
  const length = t.u32(lengthAt)
  if (start + length > t.buf.length) return null
  return { offsetAt, lengthAt, start, length }
}

/** The JPEG thumbnail stored in a TIFF/EXIF block, or null. */
export function readThumbnail(tiff: Buffer): Buffer | null {
  const t = tiffView(tiff)
  const ifd = t && ifd1Of(t)
  if (!t || !ifd || ifd.ifd1 === 0) return null
  const entries = thumbEntries(t, ifd.ifd1)
  return entries && entries.length > 0 ? tiff.subarray(entries.start, entries.start + entries.length) : null
}

/** Whether a TIFF/EXIF block has an IFD1 (a thumbnail of any kind). */
export function hasThumbnail(tiff: Buffer): boolean {
  const t = tiffView(tiff)
  const ifd = t && ifd1Of(t)
  return Boolean(ifd && ifd.ifd1 !== 0)
}

/**
 * A copy of the TIFF/EXIF block with its thumbnail replaced by `thumbnail`, or IFD1 unlinked when
 * `thumbnail` is null (or the old one is not a JPEG we can swap). The old thumbnail's bytes are
 * zeroed, or cut off when they end the block, so the unsigned picture does not linger in the file.
 */
export function replaceThumbnail(tiff: Buffer, thumbnail: Buffer | null): Buffer {
  const copy = Buffer.from(tiff)
  const t = tiffView(copy)
  const ifd = t && ifd1Of(t)
  if (!t || !ifd || ifd.ifd1 === 0) return copy
  const entries = thumbEntries(t, ifd.ifd1)
  if (entries) copy.fill(0, entries.start, entries.start + entries.length)
  if (!entries || !thumbnail) {
    t.put32(ifd.nextAt, 0)
    return entries && entries.start + entries.length === copy.length ? copy.subarray(0, entries.start) : copy
  }
  const endsBlock = entries.start + entries.length === copy.length
  const base = endsBlock ? copy.subarray(0, entries.start) : copy
  // TIFF offsets are even by convention.
  const pad = base.length % 2
  const start = base.length + pad
  t.put32(entries.offsetAt, start)
  t.put32(entries.lengthAt, thumbnail.length)
  return Buffer.concat([base, Buffer.alloc(pad), thumbnail])
}
