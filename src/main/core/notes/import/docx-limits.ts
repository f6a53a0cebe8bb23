import { inflateRawSync } from 'node:zlib'
import { userError } from '../../../../shared/errors'

/** A .docx may unpack to this much at most (its text, styles and pictures together). */
export const MAX_DOCX_UNPACKED_BYTES = 256 * 1024 * 1024

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const DEFLATE = 8

/**
 * Refuses a .docx that unpacks to more than `MAX_DOCX_UNPACKED_BYTES`, before mammoth inflates it
 * all in memory (a 2 MB file can hold 4 GB of zeros). The sizes the zip declares are summed; each
 * deflated part is then inflated with its declared size as a hard cap, so a part that lies about
 * its size is caught at that size. A zip too damaged to walk is left to mammoth to refuse.
 */
export function checkDocxSize(bytes: Uint8Array, name: string): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tooLarge = () =>
    userError('INVALID_FILE', 'notes.import-docx-too-large', `${name} unpacks to more than 256 MB`, {
      name,
      limitMb: MAX_DOCX_UNPACKED_BYTES / 1024 / 1024,
    })
  const end = findEnd(data)
  if (end < 0) return
  const count = data.readUInt16LE(end + 10)
  let at = data.readUInt32LE(end + 16)
  let declared = 0
  const parts: { method: number; local: number; compressed: number; size: number }[] = []
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return
    const size = data.readUInt32LE(at + 24)
    // 0xffffffff defers the size to a Zip64 field: far beyond any document we import.
    if (size === 0xffffffff) throw tooLarge()
    declared += size
    if (declared > MAX_DOCX_UNPACKED_BYTES) throw tooLarge()
    parts.push({
      method: data.readUInt16LE(at + 10),
      compressed: data.readUInt32LE(at + 20),
      size,
      local: data.readUInt32LE(at + 42),
    })
    at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32)
  }
  for (const part of parts) {
    if (part.method !== DEFLATE) continue
    const local = part.local
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL) return
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28)
    try {
      inflateRawSync(data.subarray(start, start + part.compressed), { maxOutputLength: part.size + 1 })
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge()
      // Damaged data: mammoth says so.
    }
  }
}

/** The end-of-central-directory record, searched from the end (a comment may follow it). */
function findEnd(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--)
    if (data.readUInt32LE(at) === EOCD) return at
  return -1
}
