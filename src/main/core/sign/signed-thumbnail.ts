import sharp from 'sharp'
import { exifBlock } from './exif-block'
import { hasThumbnail, readThumbnail, replaceThumbnail } from './exif-thumbnail'

const DEFAULT_BOX = { width: 160, height: 160 }

/** The old thumbnail's size, so the new one fits the same box (160×120 for most cameras). */
async function thumbnailBox(old: Buffer | null): Promise<{ width: number; height: number }> {
  if (!old) return DEFAULT_BOX
  const meta = await sharp(old)
    .metadata()
    .catch(() => null)
  if (!meta?.width || !meta.height) return DEFAULT_BOX
  const side = Math.min(320, Math.max(meta.width, meta.height))
  return { width: side, height: side }
}

/**
 * A signed image whose EXIF carries a thumbnail gets a new one made from the signed pixels, so a
 * gallery shows the signature too; when that cannot be done the thumbnail is dropped instead.
 * The rest of the EXIF (camera, date, resolution, orientation) stays as it was written.
 */
export async function refreshExifThumbnail(file: Buffer): Promise<Buffer> {
  const block = exifBlock(file)
  if (!block || !hasThumbnail(block.tiff)) return file
  const box = await thumbnailBox(readThumbnail(block.tiff))
  const thumbnail = await sharp(file, { limitInputPixels: false })
    .resize({ ...box, fit: 'inside' })
    .jpeg({ quality: 80 })
    .toBuffer()
    .catch(() => null)
  try {
    return block.replace(replaceThumbnail(block.tiff, thumbnail))
  } catch {
    // Too large for the APP1 segment: no thumbnail rather than the unsigned one.
    return block.replace(replaceThumbnail(block.tiff, null))
  }
}
