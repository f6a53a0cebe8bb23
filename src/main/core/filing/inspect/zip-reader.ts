import { open, type FileHandle } from 'node:fs/promises'
import { inflateRawSync } from 'node:zlib'
import { userError } from '../../../../shared/app-error'
import { crc32 } from './crc32'

export interface ZipEntry {
  name: string
  method: number
  flags: number
  crc32: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ReadLimits {
  /** Refuse an entry whose content is larger than this. */
  maxBytes: number
  /** Refuse an entry that expands more than this many times (declared or actual). */
  maxRatio: number
}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const MAX_CENTRAL_DIRECTORY = 64 * 1024 * 1024
const MAX_ENTRIES = 500_000

/**
 * A zip archive read with positioned reads: the end-of-central-directory record, the central
 * directory, and only the entries asked for. A 100 MB APK is never loaded into memory.
 */
export class ZipReader {
  private constructor(
    private readonly handle: FileHandle,
    readonly fileSize: number,
    /** Where the central directory starts: the APK Signing Block ends here. */
    readonly centralDirectoryOffset: number,
    readonly entries: ZipEntry[],
  ) {}

  static async open(path: string): Promise<ZipReader> {
    const handle = await open(path, 'r')
    try {
      const size = (await handle.stat()).size
      const head = await readAt(handle, 0, Math.min(4, size), size)
      const looksLikeZip = head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE
      const end = await findEnd(handle, size)
      if (!end) {
        if (looksLikeZip)
          throw userError(
            'INVALID_FILE',
            'filing.zip-truncated',
            'The archive is cut short: its table of contents is missing',
          )
        throw userError(
          'INVALID_FILE',
          'filing.not-a-zip',
          'This file is not an APK or IPA (not a zip archive)',
        )
      }
      if (end.cdOffset + end.cdSize > end.at || end.cdSize > MAX_CENTRAL_DIRECTORY || end.count > MAX_ENTRIES)
        throw userError(
          'INVALID_FILE',
          'filing.zip-truncated',
          'The archive is cut short or its table of contents is damaged',
        )
      const directory = await readAt(handle, end.cdOffset, end.cdSize, size)
      const entries = parseCentralDirectory(directory, end.count, end.cdOffset)
      return new ZipReader(handle, size, end.cdOffset, entries)
    } catch (error) {
      await handle.close()
      throw error
    }
  }

  find(name: string): ZipEntry | undefined {
    return this.entries.find((e) => e.name === name)
  }

  /** Raw bytes of the file between `start` and `start + length` (the signing block). */
  readRange(start: number, length: number): Promise<Buffer> {
    return readAt(this.handle, start, length, this.fileSize)
  }

  /** An entry's content, inflated within `limits` and checked against its CRC-32. */
  async read(entry: ZipEntry, limits: ReadLimits): Promise<Buffer> {
    if (entry.flags & 0x1)
      throw userError('INVALID_FILE', 'filing.zip-encrypted', '{{name}} is encrypted', { name: entry.name })
    const declaredRatio = entry.uncompressedSize / Math.max(1, entry.compressedSize)
    if (
      entry.uncompressedSize > limits.maxBytes ||
      (entry.uncompressedSize > 1_000_000 && declaredRatio > limits.maxRatio)
    )
      throw bomb(entry)
    const header = await this.readRange(entry.localHeaderOffset, 30)
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw corrupt(entry)
    const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28)
    const raw = await this.readRange(dataStart, entry.compressedSize)
    let data: Buffer
    if (entry.method === 0) data = raw
    else if (entry.method === 8) {
      try {
        data = inflateRawSync(raw, { maxOutputLength: limits.maxBytes })
      } catch (error) {
        if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
          throw bomb(entry)
        throw corrupt(entry)
      }
      if (data.length > 1_000_000 && data.length / Math.max(1, raw.length) > limits.maxRatio)
        throw bomb(entry)
    } else {
      throw userError(
        'INVALID_FILE',
        'filing.zip-unsupported',
        '{{name}} uses a compression method Paperdesk cannot read',
        {
          name: entry.name,
        },
      )
    }
    if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) throw corrupt(entry)
    return data
  }

  close(): Promise<void> {
    return this.handle.close()
  }
}

function bomb(entry: ZipEntry) {
  return userError(
    'INVALID_FILE',
    'filing.zip-bomb',
    '{{name}} expands far beyond a normal size (a zip bomb?)',
    {
      name: entry.name,
    },
  )
}

function corrupt(entry: ZipEntry) {
  return userError('INVALID_FILE', 'filing.zip-corrupt', '{{name}} is damaged inside the archive', {
    name: entry.name,
  })
}

async function readAt(
  handle: FileHandle,
  position: number,
  length: number,
  fileSize: number,
): Promise<Buffer> {
  if (position < 0 || length < 0 || position + length > fileSize)
    throw userError(
      'INVALID_FILE',
      'filing.zip-truncated',
      'The archive is cut short: a part lies beyond the end of the file',
    )
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, position)
  if (bytesRead !== length)
    throw userError(
      'INVALID_FILE',
      'filing.zip-truncated',
      'The archive is cut short: a part lies beyond the end of the file',
    )
  return buffer
}

interface EndRecord {
  /** Where the end record (or the zip64 one) starts: the central directory must end before it. */
  at: number
  cdOffset: number
  cdSize: number
  count: number
}

async function findEnd(handle: FileHandle, size: number): Promise<EndRecord | null> {
  if (size < 22) return null
  const tailLength = Math.min(size, 22 + 0xffff)
  const tailStart = size - tailLength
  const tail = await readAt(handle, tailStart, tailLength, size)
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue
    if (i + 22 + tail.readUInt16LE(i + 20) > tail.length) continue
    const record = {
      at: tailStart + i,
      count: tail.readUInt16LE(i + 10),
      cdSize: tail.readUInt32LE(i + 12),
      cdOffset: tail.readUInt32LE(i + 16),
    }
    if (record.cdOffset !== 0xffffffff && record.count !== 0xffff && record.cdSize !== 0xffffffff)
      return record
    return readZip64End(handle, size, record.at)
  }
  return null
}

async function readZip64End(handle: FileHandle, size: number, eocdAt: number): Promise<EndRecord | null> {
  if (eocdAt < 20) return null
  const locator = await readAt(handle, eocdAt - 20, 20, size)
  if (locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE) return null
  const at = Number(locator.readBigUInt64LE(8))
  const record = await readAt(handle, at, 56, size)
  if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) return null
  return {
    at,
    count: Number(record.readBigUInt64LE(32)),
    cdSize: Number(record.readBigUInt64LE(40)),
    cdOffset: Number(record.readBigUInt64LE(48)),
  }
}

function parseCentralDirectory(directory: Buffer, count: number, cdOffset: number): ZipEntry[] {
  const broken = () =>
    userError('INVALID_FILE', 'filing.zip-corrupt', 'The archive’s table of contents is damaged', {
      name: '',
    })
  const entries: ZipEntry[] = []
  let pos = 0
  for (let i = 0; i < count; i++) {
    if (pos + 46 > directory.length || directory.readUInt32LE(pos) !== CENTRAL_SIGNATURE) throw broken()
    const flags = directory.readUInt16LE(pos + 8)
    const nameLength = directory.readUInt16LE(pos + 28)
    const extraLength = directory.readUInt16LE(pos + 30)
    const commentLength = directory.readUInt16LE(pos + 32)
    const next = pos + 46 + nameLength + extraLength + commentLength
    if (next > directory.length) throw broken()
    const nameBytes = directory.subarray(pos + 46, pos + 46 + nameLength)
    const entry: ZipEntry = {
      name: nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1'),
      method: directory.readUInt16LE(pos + 10),
      flags,
      crc32: directory.readUInt32LE(pos + 16),
      compressedSize: directory.readUInt32LE(pos + 20),
      uncompressedSize: directory.readUInt32LE(pos + 24),
      localHeaderOffset: directory.readUInt32LE(pos + 42),
    }
    applyZip64Extra(entry, directory.subarray(pos + 46 + nameLength, pos + 46 + nameLength + extraLength))
    if (entry.localHeaderOffset + 30 > cdOffset) throw broken()
    entries.push(entry)
    pos = next
  }
  return entries
}

/** Sizes and offset that did not fit 32 bits live in the zip64 extra field, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let pos = 0; pos + 4 <= extra.length;) {
    const id = extra.readUInt16LE(pos)
    const length = extra.readUInt16LE(pos + 2)
    if (id === 0x0001) {
      let at = pos + 4
      const take = () => {
        if (at + 8 > pos + 4 + length) return null
        const value = Number(extra.readBigUInt64LE(at))
        at += 8
        return value
      }
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take() ?? entry.uncompressedSize
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take() ?? entry.compressedSize
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take() ?? entry.localHeaderOffset
      return
    }
    pos += 4 + length
  }
}
