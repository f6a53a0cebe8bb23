import { ResourceError, StringPool } from './string-pool'

/**
 * Android's compiled resource table (resources.arsc), read far enough to find the values of one
 * resource ID in every configuration: the global string pool, then per package its type chunks
 * (plain, sparse and 16-bit-offset entry tables; plain and compact entries). Untrusted input: every
 * offset is checked, the chunk and entry counts are capped, and anything off throws
 * `ResourceError`.
 */
const RES_TABLE_TYPE = 0x0002
const RES_STRING_POOL_TYPE = 0x0001
const RES_TABLE_PACKAGE_TYPE = 0x0200
const RES_TABLE_TYPE_TYPE = 0x0201
const FLAG_SPARSE = 0x01
const FLAG_OFFSET16 = 0x02
const ENTRY_FLAG_COMPLEX = 0x0001
const ENTRY_FLAG_COMPACT = 0x0008
const TYPE_REFERENCE = 0x01
const TYPE_STRING = 0x03
const MAX_CHUNKS = 200_000

export type ResourceValue =
  { kind: 'string'; value: string } | { kind: 'reference'; id: number } | { kind: 'other'; type: number }

export interface ConfigValue {
  /** BCP 47-style locale of the configuration: '' (default), 'zh-CN', 'zh-Hant-TW', 'en'. */
  locale: string
  /** True when the configuration has qualifiers besides the locale (density, night, v21…). */
  qualified: boolean
  value: ResourceValue
}

interface Chunk {
  type: number
  headerSize: number
  body: Buffer
}

function* chunks(data: Buffer, from: number, to: number): Generator<Chunk> {
  let count = 0
  for (let pos = from; pos + 8 <= to;) {
    if (++count > MAX_CHUNKS) throw new ResourceError('too many chunks')
    const type = data.readUInt16LE(pos)
    const headerSize = data.readUInt16LE(pos + 2)
    const size = data.readUInt32LE(pos + 4)
    if (size < 8 || headerSize < 8 || headerSize > size || pos + size > to)
      throw new ResourceError('chunk beyond its parent')
    yield { type, headerSize, body: data.subarray(pos, pos + size) }
    pos += size
  }
}

/** A resource table, ready to look up resource IDs (0xPPTTEEEE). */
export class ResourceTable {
  private readonly strings: StringPool | null
  private readonly packages = new Map<number, Chunk>()

  constructor(data: Buffer) {
    if (data.length < 12 || data.readUInt16LE(0) !== RES_TABLE_TYPE)
      throw new ResourceError('not a resource table')
    const headerSize = data.readUInt16LE(2)
    const total = Math.min(data.readUInt32LE(4), data.length)
    if (headerSize < 12 || headerSize > total) throw new ResourceError('bad table header')
    let strings: StringPool | null = null
    for (const chunk of chunks(data, headerSize, total)) {
      if (chunk.type === RES_STRING_POOL_TYPE && !strings) strings = new StringPool(chunk.body)
      else if (chunk.type === RES_TABLE_PACKAGE_TYPE) {
        if (chunk.body.length < 12) throw new ResourceError('short package')
        this.packages.set(chunk.body.readUInt32LE(8), chunk)
      }
    }
    this.strings = strings
  }

  /** Every configuration's value of one resource, in table order. */
  values(id: number): ConfigValue[] {
    const pkg = this.packages.get(id >>> 24)
    const typeId = (id >>> 16) & 0xff
    const entry = id & 0xffff
    if (!pkg || typeId === 0) return []
    const found: ConfigValue[] = []
    for (const chunk of chunks(pkg.body, pkg.headerSize, pkg.body.length)) {
      if (chunk.type !== RES_TABLE_TYPE_TYPE || chunk.body.length < 20) continue
      if (chunk.body.readUInt8(8) !== typeId) continue
      const value = this.entryValue(chunk, entry)
      if (value) found.push({ ...readConfig(chunk.body), value })
    }
    return found
  }

  private entryValue({ body, headerSize }: Chunk, index: number): ResourceValue | null {
    const flags = body.readUInt8(9)
    const count = body.readUInt32LE(12)
    const entriesStart = body.readUInt32LE(16)
    const width = flags & FLAG_OFFSET16 && !(flags & FLAG_SPARSE) ? 2 : 4
    if (count > 0x10000 || entriesStart > body.length || headerSize + count * width > body.length)
      throw new ResourceError('entry table beyond its chunk')
    let offset: number | null = null
    if (flags & FLAG_SPARSE) {
      for (let i = 0; i < count; i++) {
        const at = headerSize + i * 4
        if (body.readUInt16LE(at) === index) offset = body.readUInt16LE(at + 2) * 4
      }
    } else if (index < count) {
      if (flags & FLAG_OFFSET16) {
        const raw = body.readUInt16LE(headerSize + index * 2)
        offset = raw === 0xffff ? null : raw * 4
      } else {
        const raw = body.readUInt32LE(headerSize + index * 4)
        offset = raw === 0xffffffff ? null : raw
      }
    }
    if (offset === null) return null
    const at = entriesStart + offset
    if (at + 8 > body.length) throw new ResourceError('entry beyond its chunk')
    const entryFlags = body.readUInt16LE(at + 2)
    if (entryFlags & ENTRY_FLAG_COMPACT) return this.typed(entryFlags >>> 8, body.readUInt32LE(at + 4))
    if (entryFlags & ENTRY_FLAG_COMPLEX) return { kind: 'other', type: -1 }
    const valueAt = at + body.readUInt16LE(at)
    if (valueAt + 8 > body.length) throw new ResourceError('value beyond its chunk')
    return this.typed(body.readUInt8(valueAt + 3), body.readUInt32LE(valueAt + 4))
  }

  private typed(type: number, data: number): ResourceValue {
    if (type === TYPE_STRING) {
      if (!this.strings) throw new ResourceError('a string value but no string pool')
      return { kind: 'string', value: this.strings.get(data) }
    }
    if (type === TYPE_REFERENCE) return { kind: 'reference', id: data >>> 0 }
    return { kind: 'other', type }
  }
}

/** Two packed bytes of a language or region: two letters, or three 5-bit letters (ResTable_config). */
function unpack(body: Buffer, at: number, base: number): string {
  const a = body.readUInt8(at)
  const b = body.readUInt8(at + 1)
  if (a === 0) return ''
  if (!(a & 0x80)) return String.fromCharCode(a, b)
  const first = b & 0x1f
  const second = ((b & 0xe0) >> 5) | ((a & 0x03) << 3)
  const third = (a & 0x7c) >> 2
  return String.fromCharCode(first + base, second + base, third + base)
}

/** The locale of a type chunk's ResTable_config, and whether it has other qualifiers. */
function readConfig(body: Buffer): Omit<ConfigValue, 'value'> {
  const start = 20
  // A type chunk cut right after its entry fields has no room for the configuration's size.
  if (body.length < start + 12) throw new ResourceError('configuration beyond its chunk')
  const size = body.readUInt32LE(start)
  if (size < 12 || start + size > body.length) throw new ResourceError('configuration beyond its chunk')
  const language = unpack(body, start + 8, 0x61)
  const region = unpack(body, start + 10, 0x30)
  const script = size >= 40 ? body.toString('latin1', start + 36, start + 40).replace(/\0+$/, '') : ''
  // Bytes 4–7 (MCC/MNC) and 12–35 (screen, input, size, version, UI mode): all zero means none.
  const others = [
    ...body.subarray(start + 4, start + 8),
    ...body.subarray(start + 12, start + Math.min(size, 36)),
  ]
  const tag = [language, script, region].filter(Boolean).join('-')
  return { locale: tag, qualified: others.some((b) => b !== 0) }
}
