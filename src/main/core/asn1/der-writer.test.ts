import { describe, expect, it } from 'vitest'
import { children, content, integerHex, isContext, oid as readOid, readRoot, stringValue, TAG } from './der'
import {
  bitString,
  boolean,
  contextPrimitive,
  explicit,
  generalizedTime,
  ia5String,
  implicit,
  integer,
  nullValue,
  octetString,
  oid,
  printableString,
  raw,
  sequence,
  set,
  time,
  utcTime,
  utf8String,
} from './der-writer'
import { parseName, parseTime } from './x509-name'

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex')

describe('der-writer', () => {
  it('encodes integers in two’s complement and magnitudes with a leading zero when needed', () => {
    expect(hex(integer(0n))).toBe('020100')
    expect(hex(integer(127))).toBe('02017f')
    expect(hex(integer(128))).toBe('02020080')
    expect(hex(integer(256n))).toBe('02020100')
    expect(hex(integer(-1n))).toBe('0201ff')
    expect(hex(integer(-128n))).toBe('020180')
    expect(hex(integer(-129n))).toBe('0202ff7f')
    expect(hex(integer('80ff'))).toBe('02030080ff')
    expect(hex(integer(Buffer.from([0, 0, 1])))).toBe('020101')
    expect(integerHex(readRoot(integer('00DEADBEEF')))).toBe('DEADBEEF')
  })

  it('encodes object identifiers, large arcs included', () => {
    for (const dotted of [
      '1.2.840.113549.1.1.11',
      '2.5.4.3',
      '1.3.6.1.4.1.311.10.3.12',
      '2.999.3',
      '0.9.2342',
    ]) {
      expect(readOid(readRoot(oid(dotted)))).toBe(dotted)
    }
    expect(hex(oid('1.2.840.113549'))).toBe('06062a864886f70d')
    expect(() => oid('3.1')).toThrow()
  })

  it('sorts SET OF members as DER requires', () => {
    const a = integer(2)
    const b = integer(1)
    const c = octetString(Buffer.from('x'))
    const encoded = set(c, a, b)
    expect(children(readRoot(encoded)).map((e) => hex(e.bytes.subarray(e.start, e.end)))).toEqual([
      hex(b),
      hex(a),
      hex(c),
    ])
  })

  it('round-trips strings, times and tagged elements through the reader', () => {
    const name = sequence(
      set(sequence(oid('2.5.4.6'), printableString('CN'))),
      set(sequence(oid('2.5.4.10'), utf8String('某某科技有限公司'))),
      set(sequence(oid('2.5.4.3'), utf8String('张三'))),
      set(sequence(oid('1.2.840.113549.1.9.1'), ia5String('a@b.cn'))),
    )
    expect(parseName(readRoot(name)).text).toBe('EMAILADDRESS=a@b.cn, CN=张三, O=某某科技有限公司, C=CN')

    const when = new Date(Date.UTC(2031, 0, 2, 3, 4, 5))
    expect(Buffer.from(content(readRoot(utcTime(when)))).toString()).toBe('310102030405Z')
    expect(parseTime(readRoot(time(when)))).toBe(when.toISOString())
    const late = new Date(Date.UTC(2050, 5, 6, 7, 8, 9))
    expect(readRoot(time(late)).tagNumber).toBe(TAG.generalizedTime)
    expect(parseTime(readRoot(generalizedTime(late)))).toBe(late.toISOString())
    expect(() => utcTime(late)).toThrow()

    const tagged = sequence(
      explicit(0, integer(2)),
      implicit(1, octetString(Buffer.from('ab'))),
      implicit(2, sequence(nullValue())),
      contextPrimitive(3, Buffer.from('z')),
      raw(boolean(true)),
      bitString(Buffer.from([0xc0]), 6),
    )
    const [e0, i1, i2, p3, b, bits] = children(readRoot(tagged))
    expect(isContext(e0!, 0) && e0!.constructed).toBe(true)
    expect(integerHex(children(e0!)[0]!)).toBe('02')
    expect(isContext(i1!, 1) && !i1!.constructed).toBe(true)
    expect(Buffer.from(content(i1!)).toString()).toBe('ab')
    expect(isContext(i2!, 2) && i2!.constructed).toBe(true)
    expect(children(i2!)[0]!.tagNumber).toBe(TAG.null)
    expect(stringValue({ ...p3!, tagClass: 0, tagNumber: TAG.utf8String })).toBe('z')
    expect(hex(content(b!))).toBe('ff')
    expect(hex(content(bits!))).toBe('06c0')
  })

  it('uses long length forms and high tag numbers', () => {
    const big = octetString(Buffer.alloc(70000, 7))
    const read = readRoot(big)
    expect(read.contentEnd - read.contentStart).toBe(70000)
    expect(hex(big.subarray(0, 5))).toBe('0483011170')
    const high = explicit(40, nullValue())
    expect(readRoot(high).tagNumber).toBe(40)
    expect(() => raw(Buffer.concat([nullValue(), nullValue()]))).toThrow()
    expect(() => printableString('张')).toThrow()
    expect(() => ia5String('é')).toThrow()
  })
})
