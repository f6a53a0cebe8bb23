import { parse } from '@plist/parse'
import { describe, expect, it } from 'vitest'
import { BinaryXmlError, parseBinaryXml } from './binary-xml'
import { binaryExpansion, readPlistDict } from './plist-reader'

/** A binary XML document: a UTF-16 string pool of `count` entries all pointing at one string, one element. */
function pooledXml(count: number, text: string, elementName = 0): Buffer {
  const strings = Buffer.alloc(2 + text.length * 2 + 2)
  strings.writeUInt16LE(text.length, 0)
  strings.write(text, 2, 'utf16le')
  const poolHeader = 28
  const pool = Buffer.alloc(poolHeader + count * 4 + strings.length)
  pool.writeUInt16LE(0x0001, 0)
  pool.writeUInt16LE(poolHeader, 2)
  pool.writeUInt32LE(pool.length, 4)
  pool.writeUInt32LE(count, 8)
  pool.writeUInt32LE(0, 16) // UTF-16
  pool.writeUInt32LE(poolHeader + count * 4, 20)
  strings.copy(pool, poolHeader + count * 4) // every index entry is 0: the same string
  // A start element whose 2 000 attributes each name a different pool entry (all the same text).
  const attributes = 2000
  const element = Buffer.alloc(16 + 20 + attributes * 20)
  element.writeUInt16LE(0x0102, 0)
  element.writeUInt16LE(16, 2)
  element.writeUInt32LE(element.length, 4)
  element.writeUInt32LE(0xffffffff, 16) // namespace
  element.writeUInt32LE(elementName, 20)
  element.writeUInt16LE(20, 24) // attributeStart
  element.writeUInt16LE(20, 26) // attributeSize
  element.writeUInt16LE(attributes, 28)
  for (let i = 0; i < attributes; i++) {
    const at = 36 + i * 20
    element.writeUInt32LE(0xffffffff, at)
    element.writeUInt32LE(i + 1, at + 4)
    element.writeUInt32LE(0xffffffff, at + 8)
    element.writeUInt8(0x10, at + 15)
  }
  const doc = Buffer.alloc(8)
  doc.writeUInt16LE(0x0003, 0)
  doc.writeUInt16LE(8, 2)
  doc.writeUInt32LE(8 + pool.length + element.length, 4)
  return Buffer.concat([doc, pool, element])
}

/** A binary plist: a dict {"a": array0}, array i holding array i+1 twice, the last one empty. */
function dagPlist(depth: number): Buffer {
  const objects: Buffer[] = []
  objects.push(Buffer.from([0xd1, 1, 2])) // 0: dict, key ref 1, value ref 2
  objects.push(Buffer.from([0x51, 0x61])) // 1: "a"
  for (let i = 0; i < depth; i++) {
    const self = 2 + i
    objects.push(i === depth - 1 ? Buffer.from([0xa0]) : Buffer.from([0xa2, self + 1, self + 1]))
  }
  return bplist(objects)
}

function bplist(objects: Buffer[]): Buffer {
  const offsets: number[] = []
  let body = Buffer.from('bplist00', 'latin1')
  for (const o of objects) {
    offsets.push(body.length)
    body = Buffer.concat([body, o])
  }
  const tableAt = body.length
  const table = Buffer.alloc(objects.length * 2)
  offsets.forEach((o, i) => table.writeUInt16BE(o, i * 2))
  const trailer = Buffer.alloc(32)
  trailer[6] = 2
  trailer[7] = 1
  trailer.writeBigUInt64BE(BigInt(objects.length), 8)
  trailer.writeBigUInt64BE(0n, 16)
  trailer.writeBigUInt64BE(BigInt(tableAt), 24)
  return Buffer.concat([body, table, trailer])
}

describe('strings and shared objects of untrusted app files stay bounded', () => {
  it('decodes a binary-XML string pool lazily, once per string, with a total cap', () => {
    // A million entries pointing at one 30 000-character string: decoded eagerly, 60 GB.
    const doc = pooledXml(1_000_000, 'x'.repeat(30_000))
    const started = Date.now()
    const heap = process.memoryUsage().heapUsed
    const [element] = parseBinaryXml(doc)
    expect(element!.attributes).toHaveLength(2000)
    expect(element!.attributes[1999]!.name).toHaveLength(4096) // one string, cut like every pool string
    expect(Date.now() - started).toBeLessThan(2000)
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(64 * 1024 * 1024)
  })

  it('refuses a binary-XML string pool whose distinct strings exceed the total cap', () => {
    // 2 000 attributes naming 2 000 different 4 096-character strings: 8 M characters > the cap.
    const text = 'y'.repeat(4096)
    const strings = Array.from({ length: 2001 }, (_, i) => `${i}`.padEnd(4096, 'y'))
    const doc = pooledXml(1, text)
    // Rebuild the pool with distinct strings, each index pointing at its own.
    const parts = strings.map((s) => {
      const b = Buffer.alloc(2 + s.length * 2 + 2)
      b.writeUInt16LE(s.length, 0)
      b.write(s, 2, 'utf16le')
      return b
    })
    const data = Buffer.concat(parts)
    const pool = Buffer.alloc(28 + strings.length * 4 + data.length)
    pool.writeUInt16LE(1, 0)
    pool.writeUInt16LE(28, 2)
    pool.writeUInt32LE(pool.length, 4)
    pool.writeUInt32LE(strings.length, 8)
    pool.writeUInt32LE(28 + strings.length * 4, 20)
    let offset = 0
    parts.forEach((p, i) => {
      pool.writeUInt32LE(offset, 28 + i * 4)
      offset += p.length
    })
    data.copy(pool, 28 + strings.length * 4)
    const oldPoolLength = doc.readUInt32LE(8 + 4)
    const element = doc.subarray(8 + oldPoolLength)
    const header = Buffer.alloc(8)
    header.writeUInt16LE(3, 0)
    header.writeUInt16LE(8, 2)
    header.writeUInt32LE(8 + pool.length + element.length, 4)
    expect(() => parseBinaryXml(Buffer.concat([header, pool, element]))).toThrow(BinaryXmlError)
  })

  it('refuses a binary plist whose shared objects expand without bound, at once', () => {
    const dag = dagPlist(40) // 2⁴⁰ objects when read naively
    const started = Date.now()
    expect(binaryExpansion(dag)).toBeGreaterThan(200_000)
    expect(() => readPlistDict(parse, dag, 'Info.plist')).toThrow(
      expect.objectContaining({
        code: 'INVALID_FILE',
        details: { reason: 'filing.plist-too-complex', name: 'Info.plist' },
      }),
    )
    expect(Date.now() - started).toBeLessThan(500)
  })

  it('reads a binary plist that shares a little, as before', () => {
    const small = dagPlist(6) // 2⁶ objects
    expect(binaryExpansion(small)).toBeLessThan(200)
    expect(readPlistDict(parse, small, 'Info.plist')).toHaveProperty('a')
  })

  it('refuses a binary plist whose array holds itself', () => {
    const loop = bplist([Buffer.from([0xd1, 1, 2]), Buffer.from([0x51, 0x61]), Buffer.from([0xa1, 2])])
    expect(binaryExpansion(loop)).toBe(Infinity)
    expect(() => readPlistDict(parse, loop, 'Info.plist')).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ reason: 'filing.plist-too-complex' }) }),
    )
  })
})
