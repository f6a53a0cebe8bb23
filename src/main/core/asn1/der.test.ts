import { describe, expect, it } from 'vitest'
import { DerError, octets, readElement, readRoot, stringValue } from './der'
import { parseTime } from './x509-name'

/** One DER element: tag, definite length, content. */
function tlv(tag: number, body: Uint8Array): Buffer {
  const n = body.length
  const length =
    n < 0x80 ? [n] : n < 0x10000 ? [0x82, n >> 8, n & 0xff] : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]
  return Buffer.concat([Buffer.from([tag, ...length]), body])
}

// Regressions the fuzzer found: each threw something other than DerError.
describe('the DER reader refuses damage with DerError', () => {
  it('a UTCTime or GeneralizedTime that is no time', () => {
    expect(() => parseTime(readRoot(tlv(0x17, Buffer.from('\xff\xff\xff5071718Z', 'latin1'))))).toThrow(
      DerError,
    )
    expect(() => parseTime(readRoot(tlv(0x18, Buffer.from('2026AB01000000Z'))))).toThrow(DerError)
  })

  it('a UniversalString character past U+10FFFF', () => {
    expect(() => stringValue(readRoot(tlv(0x1c, Buffer.from([0x00, 0x11, 0x00, 0x00]))))).toThrow(DerError)
    expect(stringValue(readRoot(tlv(0x1c, Buffer.from([0x00, 0x01, 0xf6, 0x00]))))).toBe('😀')
  })

  it('a constructed OCTET STRING nested 150 000 deep, without overflowing the stack', () => {
    let element: Buffer = tlv(0x04, Buffer.from('x'))
    // Built from the inside out with the length prefix only, so the test itself stays linear.
    const parts: Buffer[] = [element]
    let size = element.length
    for (let i = 0; i < 150_000; i++) {
      const head = Buffer.from([0x24, 0x83, size >> 16, (size >> 8) & 0xff, size & 0xff])
      parts.push(head)
      size += head.length
    }
    element = Buffer.concat(parts.reverse())
    expect(() => octets(readElement(element))).toThrow(DerError)
  })
})
