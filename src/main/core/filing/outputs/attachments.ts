import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { userError } from '../../../../shared/errors'
import { MAX_ATTACHMENT_BYTES } from './attachment-types'

/** A photo of an ID card or a licence is a few dozen megapixels at most. */
const MAX_ATTACHMENT_PIXELS = 100_000_000

export interface CheckedFile {
  name: string
  mime: string
  data: Uint8Array
}

/** Reads a file to attach and checks it is what it claims: a real image (sharp reads it) or a PDF. */
export async function readAttachment(path: string): Promise<CheckedFile> {
  const name = basename(path)
  const info = await stat(path).catch(() => null)
  if (!info?.isFile())
    throw userError('NOT_FOUND', 'filing.file-not-found', '{{name}} does not exist or is not a file', {
      name,
    })
  if (info.size === 0) throw userError('INVALID_FILE', 'filing.file-empty', '{{name}} is empty', { name })
  if (info.size > MAX_ATTACHMENT_BYTES)
    throw userError('INVALID_FILE', 'filing.attachment-too-large', '{{name}} is larger than 20 MB', { name })
  const data = new Uint8Array(await readFile(path))
  if (Buffer.from(data.subarray(0, 5)).toString('latin1') === '%PDF-')
    return { name, mime: 'application/pdf', data }
  const { default: sharp } = await import('sharp')
  const damaged = () =>
    userError(
      'INVALID_FILE',
      'filing.attachment-damaged',
      '{{name}} is damaged, incomplete or has too many pixels',
      {
        name,
      },
    )
  const format = await sharp(data)
    .metadata()
    .then((m) => m.format)
    .catch((error: unknown) => {
      // A header claiming billions of pixels is a picture, just not one anyone can draw.
      if (/pixel limit/i.test(String(error))) throw damaged()
      return undefined
    })
  const mime =
    format === 'jpeg'
      ? 'image/jpeg'
      : format === 'png'
        ? 'image/png'
        : format === 'webp'
          ? 'image/webp'
          : null
  if (!mime)
    throw userError(
      'INVALID_FILE',
      'filing.attachment-unsupported',
      '{{name}} is neither a JPEG/PNG/WebP image nor a PDF',
      { name },
    )
  // sharp read the header only: the pixels may be cut short, or be billions. Draw the picture once
  // as the printed sheet will, so a filing never holds an attachment its export cannot draw.
  try {
    await sharp(data, { limitInputPixels: MAX_ATTACHMENT_PIXELS })
      .rotate()
      .resize({ width: 900, height: 900, fit: 'inside', withoutEnlargement: true })
      .jpeg()
      .toBuffer()
  } catch {
    throw damaged()
  }
  return { name, mime, data }
}
