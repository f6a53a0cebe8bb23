import { ResourceError, StringPool } from './string-pool'

/**
 * Android's binary XML (AXML), as aapt/aapt2 compile AndroidManifest.xml: a string pool, a
 * resource-ID map for attribute names, and namespace/element chunks. Only start-element chunks
 * matter here. Strings are decoded as elements use them, with a total cap (string-pool.ts).
 * Every offset is checked against its chunk; a violation throws `BinaryXmlError`.
 */
export class BinaryXmlError extends Error {}

const RES_XML_TYPE = 0x0003
const RES_STRING_POOL_TYPE = 0x0001
const RES_XML_RESOURCE_MAP_TYPE = 0x0180
const RES_XML_START_ELEMENT_TYPE = 0x0102

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
  let strings: StringPool | null = null
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
    if (type === RES_STRING_POOL_TYPE) strings = pool(chunk)
    else if (type === RES_XML_RESOURCE_MAP_TYPE) resourceIds = readResourceMap(chunk, chunkHeader)
    else if (type === RES_XML_START_ELEMENT_TYPE) {
      elements.push({ ...readStartElement(chunk, chunkHeader, strings, resourceIds), depth })
      depth++
    } else if (type === RES_XML_START_ELEMENT_TYPE + 1) depth = Math.max(0, depth - 1)
    pos += size
  }
  return elements
}

function readResourceMap(chunk: Buffer, headerSize: number): number[] {
  const ids: number[] = []
  for (let pos = headerSize; pos + 4 <= chunk.length; pos += 4) ids.push(chunk.readUInt32LE(pos))
  return ids
}

function pool(chunk: Buffer): StringPool {
  try {
    return new StringPool(chunk)
  } catch (error) {
    throw error instanceof ResourceError ? new BinaryXmlError(error.message) : error
  }
}

function stringAt(strings: StringPool | null, index: number): string | null {
  if (index === 0xffffffff) return null
  if (!strings) throw new BinaryXmlError('string index beyond the pool')
  try {
    return strings.get(index)
  } catch (error) {
    throw error instanceof ResourceError ? new BinaryXmlError(error.message) : error
  }
}

function readStartElement(
  chunk: Buffer,
  headerSize: number,
  strings: StringPool | null,
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

function typedValue(
  type: number,
  data: number,
  rawValue: number,
  strings: StringPool | null,
): AttributeValue {
  if (type === 0x03) return { kind: 'string', value: stringAt(strings, data) ?? '' }
  if (type === 0x10) return { kind: 'int', value: data | 0 }
  if (type === 0x11) return { kind: 'int', value: data >>> 0 }
  if (type === 0x12) return { kind: 'bool', value: data !== 0 }
  if (type === 0x01) return { kind: 'reference', value: data >>> 0 }
  if (rawValue !== 0xffffffff) return { kind: 'string', value: stringAt(strings, rawValue) ?? '' }
  return { kind: 'other', type, value: data >>> 0 }
}
