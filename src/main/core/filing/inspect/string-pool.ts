/**
 * An Android string pool chunk (ResStringPool) read lazily: only the strings asked for are
 * decoded, so a resource table with a hundred thousand strings costs nothing until one is used.
 * A string is decoded once per offset (a crafted pool points a million entries at one long
 * string), and all decoded strings together stay under a budget of characters.
 * Every offset is checked against the chunk; a violation throws `ResourceError`.
 */
export class ResourceError extends Error {}

const UTF8_FLAG = 1 << 8
const MAX_STRINGS = 1_000_000
/** Longer strings are cut: nothing read here (an app label) is legitimately longer. */
const MAX_STRING_UNITS = 4096
/** Characters decoded from one pool at most (a real manifest or label lookup needs a few thousand). */
const DECODE_BUDGET = 4_000_000

export class StringPool {
  private readonly count: number
  private readonly utf8: boolean
  private readonly stringsStart: number
  private readonly indexStart: number
  private readonly decoded = new Map<number, string>()
  private budget: number

  constructor(
    private readonly chunk: Buffer,
    budget = DECODE_BUDGET,
  ) {
    this.budget = budget
    if (chunk.length < 28) throw new ResourceError('short string pool')
    const headerSize = chunk.readUInt16LE(2)
    this.count = chunk.readUInt32LE(8)
    this.utf8 = (chunk.readUInt32LE(16) & UTF8_FLAG) !== 0
    this.stringsStart = chunk.readUInt32LE(20)
    this.indexStart = headerSize
    if (
      headerSize < 28 ||
      this.count > MAX_STRINGS ||
      headerSize + this.count * 4 > chunk.length ||
      this.stringsStart > chunk.length
    )
      throw new ResourceError('string pool offsets beyond the chunk')
  }

  get size(): number {
    return this.count
  }

  get(index: number): string {
    if (index < 0 || index >= this.count) throw new ResourceError('string index beyond the pool')
    const at = this.stringsStart + this.chunk.readUInt32LE(this.indexStart + index * 4)
    let value = this.decoded.get(at)
    if (value === undefined) {
      value = this.utf8 ? this.readUtf8(at) : this.readUtf16(at)
      this.budget -= value.length + 1
      if (this.budget < 0) throw new ResourceError('more text in the string pool than any app has')
      this.decoded.set(at, value)
    }
    return value
  }

  private byte(pos: number): number {
    if (pos >= this.chunk.length) throw new ResourceError('string beyond the pool')
    return this.chunk[pos] as number
  }

  private readUtf8(at: number): string {
    const length = (pos: number): [number, number] => {
      const first = this.byte(pos)
      return first & 0x80 ? [((first & 0x7f) << 8) | this.byte(pos + 1), 2] : [first, 1]
    }
    const [, skipChars] = length(at)
    const [bytes, skipBytes] = length(at + skipChars)
    const start = at + skipChars + skipBytes
    if (start + bytes > this.chunk.length) throw new ResourceError('string beyond the pool')
    return this.chunk.toString('utf8', start, start + Math.min(bytes, MAX_STRING_UNITS * 3))
  }

  private readUtf16(at: number): string {
    if (at + 2 > this.chunk.length) throw new ResourceError('string beyond the pool')
    let units = this.chunk.readUInt16LE(at)
    let start = at + 2
    if (units & 0x8000) {
      if (at + 4 > this.chunk.length) throw new ResourceError('string beyond the pool')
      units = ((units & 0x7fff) << 16) | this.chunk.readUInt16LE(at + 2)
      start = at + 4
    }
    if (start + units * 2 > this.chunk.length) throw new ResourceError('string beyond the pool')
    return this.chunk.toString('utf16le', start, start + Math.min(units, MAX_STRING_UNITS) * 2)
  }
}
