/**
 * Android's binary XML (AXML), as aapt/aapt2 compile AndroidManifest.xml: a string pool, a
 * resource-ID map for attribute names, and namespace/element chunks. Only start-element chunks
 * matter here. Every offset is checked against its chunk; a violation throws `BinaryXmlError`.
 */
export class BinaryXmlError extends Error {}

const RES_XML_TYPE = 0x0003
const RES_STRING_POOL_TYPE = 0x0001
const RES_XML_RESOURCE_MAP_TYPE = 0x0180
const RES_XML_START_ELEMENT_TYPE = 0x0102
const UTF8_FLAG = 1 << 8
const MAX_STRINGS = 1_000_000

export type AttributeValue =
  | { kind: 'string'; value: string }
  | { kind: 'int'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'reference'; value: number }
  | { kind: 'other'; type: number; value: number }

export interface XmlAttribute {
  namespace: string | null
  name: string
  /** The attribute's resource ID from the resource map (android: attributes), or 0. */
  resourceId: number
  value: AttributeValue
}

export interface XmlElement {
  name: string
  depth: number
  attributes: XmlAttribute[]
}

/** The document's start elements in order, with their depth (the root is 0). */
export function parseBinaryXml(data: Buffer): XmlElement[] {
  if (data.length < 8 || data.readUInt16LE(0) !== RES_XML_TYPE)
    throw new BinaryXmlError('not a binary XML document')
  const headerSize = data.readUInt16LE(2)
  const total = Math.min(data.readUInt32LE(4), data.length)
  let strings: string[] = []
  let resourceIds: number[] = []
  const elements: XmlElement[] = []
  let depth = 0
  for (let pos = headerSize; pos + 8 <= total;) {
    const type = data.readUInt16LE(pos)
    const chunkHeader = data.readUInt16LE(pos + 2)
    const size = data.readUInt32LE(pos + 4)
    if (size < 8 || chunkHeader > size || pos + size > total)
      throw new BinaryXmlError('chunk beyond the document')
    const chunk = data.subarray(pos, pos + size)
    if (type === RES_STRING_POOL_TYPE) strings = readStringPool(chunk)
    else if (type === RES_XML_RESOURCE_MAP_TYPE) resourceIds = readResourceMap(chunk, chunkHeader)
    else if (type === RES_XML_START_ELEMENT_TYPE) {
      elements.push({ ...readStartElement(chunk, chunkHeader, strings, resourceIds), depth })
      depth++
    } else if (type === RES_XML_START_ELEMENT_TYPE + 1) depth = Math.max(0, depth - 1)
    pos += size
  }
  return elements
}

function readStringPool(chunk: Buffer): string[] {
  if (chunk.length < 28) throw new BinaryXmlError('short string pool')
  const count = chunk.readUInt32LE(8)
  const flags = chunk.readUInt32LE(16)
  const stringsStart = chunk.readUInt32LE(20)
  const headerSize = chunk.readUInt16LE(2)
  if (count > MAX_STRINGS || headerSize + count * 4 > chunk.length || stringsStart > chunk.length)
    throw new BinaryXmlError('string pool offsets beyond the chunk')
  const utf8 = (flags & UTF8_FLAG) !== 0
  const list: string[] = []
  for (let i = 0; i < count; i++) {
    const at = stringsStart + chunk.readUInt32LE(headerSize + i * 4)
    list.push(utf8 ? readUtf8(chunk, at) : readUtf16(chunk, at))
  }
  return list
}

function readUtf8(chunk: Buffer, at: number): string {
  const length = (pos: number): [number, number] => {
    const first = byteAt(chunk, pos)
    return first & 0x80 ? [((first & 0x7f) << 8) | byteAt(chunk, pos + 1), 2] : [first, 1]
  }
  const [, skip16] = length(at)
  const [bytes, skip8] = length(at + skip16)
  const start = at + skip16 + skip8
  if (start + bytes > chunk.length) throw new BinaryXmlError('string beyond the pool')
  return chunk.toString('utf8', start, start + bytes)
}

function readUtf16(chunk: Buffer, at: number): string {
  if (at + 2 > chunk.length) throw new BinaryXmlError('string beyond the pool')
  let units = chunk.readUInt16LE(at)
  let start = at + 2
  if (units & 0x8000) {
    if (at + 4 > chunk.length) throw new BinaryXmlError('string beyond the pool')
    units = ((units & 0x7fff) << 16) | chunk.readUInt16LE(at + 2)
    start = at + 4
  }
  if (start + units * 2 > chunk.length) throw new BinaryXmlError('string beyond the pool')
  return chunk.toString('utf16le', start, start + units * 2)
}

function byteAt(chunk: Buffer, pos: number): number {
  if (pos >= chunk.length) throw new BinaryXmlError('string beyond the pool')
  return chunk[pos] as number
}

function readResourceMap(chunk: Buffer, headerSize: number): number[] {
  const ids: number[] = []
  for (let pos = headerSize; pos + 4 <= chunk.length; pos += 4) ids.push(chunk.readUInt32LE(pos))
  return ids
}

function stringAt(strings: string[], index: number): string | null {
  if (index === 0xffffffff) return null
  const value = strings[index]
  if (value === undefined) throw new BinaryXmlError('string index beyond the pool')
  return value
}

function readStartElement(
  chunk: Buffer,
  headerSize: number,
  strings: string[],
  resourceIds: number[],
): Omit<XmlElement, 'depth'> {
  const ext = headerSize
  if (ext + 20 > chunk.length) throw new BinaryXmlError('short element')
  const name = stringAt(strings, chunk.readUInt32LE(ext + 4)) ?? ''
  const attributeStart = chunk.readUInt16LE(ext + 8)
  const attributeSize = chunk.readUInt16LE(ext + 10)
  const count = chunk.readUInt16LE(ext + 12)
  if (attributeSize < 20 || ext + attributeStart + count * attributeSize > chunk.length)
    throw new BinaryXmlError('attributes beyond the element')
  const attributes: XmlAttribute[] = []
  for (let i = 0; i < count; i++) {
    const at = ext + attributeStart + i * attributeSize
    const nameIndex = chunk.readUInt32LE(at + 4)
    const rawValue = chunk.readUInt32LE(at + 8)
    const dataType = chunk.readUInt8(at + 15)
    const data = chunk.readUInt32LE(at + 16)
    attributes.push({
      namespace: stringAt(strings, chunk.readUInt32LE(at)),
      name: stringAt(strings, nameIndex) ?? '',
      resourceId: resourceIds[nameIndex] ?? 0,
      value: typedValue(dataType, data, rawValue, strings),
    })
  }
  return { name, attributes }
}

function typedValue(type: number, data: number, rawValue: number, strings: string[]): AttributeValue {
  if (type === 0x03) return { kind: 'string', value: stringAt(strings, data) ?? '' }
  if (type === 0x10) return { kind: 'int', value: data | 0 }
  if (type === 0x11) return { kind: 'int', value: data >>> 0 }
  if (type === 0x12) return { kind: 'bool', value: data !== 0 }
  if (type === 0x01) return { kind: 'reference', value: data >>> 0 }
  if (rawValue !== 0xffffffff) return { kind: 'string', value: stringAt(strings, rawValue) ?? '' }
  return { kind: 'other', type, value: data >>> 0 }
}
