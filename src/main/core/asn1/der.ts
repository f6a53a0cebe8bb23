/**
 * A small ASN.1 reader for certificates and CMS/PKCS#7 blobs. Reads DER and the BER forms Apple's
 * provisioning profiles use (indefinite lengths, constructed OCTET STRINGs). Every read is bounds
 * checked; anything malformed throws `DerError`, which callers turn into a user-facing reason.
 */
export class DerError extends Error {}

export interface DerElement {
  readonly bytes: Uint8Array
  /** Class bits and constructed flag, as in the first identifier octet (0xc0 | 0x20). */
  readonly tagClass: number
  readonly constructed: boolean
  readonly tagNumber: number
  /** Offset of the identifier octet. */
  readonly start: number
  readonly contentStart: number
  /** End of the content (before an end-of-contents marker for indefinite lengths). */
  readonly contentEnd: number
  /** End of the whole element, end-of-contents marker included. */
  readonly end: number
}

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  numericString: 0x12,
  sequence: 0x10,
  set: 0x11,
  printableString: 0x13,
  t61String: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  visibleString: 0x1a,
  universalString: 0x1c,
  bmpString: 0x1e,
} as const

const CONTEXT = 0x80
const MAX_DEPTH = 64

export function readElement(bytes: Uint8Array, offset = 0, limit = bytes.length, depth = 0): DerElement {
  if (depth > MAX_DEPTH) throw new DerError('nested too deeply')
  let pos = offset
  const byte = (): number => {
    if (pos >= limit) throw new DerError('truncated element')
    return bytes[pos++] as number
  }
  const first = byte()
  const tagClass = first & 0xc0
  const constructed = (first & 0x20) !== 0
  let tagNumber = first & 0x1f
  if (tagNumber === 0x1f) {
    tagNumber = 0
    for (let b = byte(), n = 0; ; b = byte(), n++) {
      if (n > 4) throw new DerError('tag number too large')
      tagNumber = tagNumber * 128 + (b & 0x7f)
      if ((b & 0x80) === 0) break
    }
  }
  const lengthByte = byte()
  if (lengthByte === 0x80) {
    if (!constructed) throw new DerError('indefinite length on a primitive element')
    const contentStart = pos
    let cursor = contentStart
    for (;;) {
      if (cursor + 2 > limit) throw new DerError('missing end-of-contents')
      if (bytes[cursor] === 0 && bytes[cursor + 1] === 0) break
      cursor = readElement(bytes, cursor, limit, depth + 1).end
    }
    return {
      bytes,
      tagClass,
      constructed,
      tagNumber,
      start: offset,
      contentStart,
      contentEnd: cursor,
      end: cursor + 2,
    }
  }
  let length = lengthByte
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f
    if (count > 4) throw new DerError('length too large')
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + byte()
  }
  const contentStart = pos
  const contentEnd = contentStart + length
  if (contentEnd > limit) throw new DerError('element runs past its container')
  return { bytes, tagClass, constructed, tagNumber, start: offset, contentStart, contentEnd, end: contentEnd }
}

/** Reads the one element that must fill `bytes` exactly. */
export function readRoot(bytes: Uint8Array): DerElement {
  const root = readElement(bytes)
  if (root.end !== bytes.length) throw new DerError('trailing bytes after the element')
  return root
}

export function children(element: DerElement): DerElement[] {
  if (!element.constructed) throw new DerError('expected a constructed element')
  const list: DerElement[] = []
  for (let pos = element.contentStart; pos < element.contentEnd;) {
    const child = readElement(element.bytes, pos, element.contentEnd)
    list.push(child)
    pos = child.end
  }
  return list
}

export function isUniversal(element: DerElement, tag: number): boolean {
  return element.tagClass === 0 && element.tagNumber === tag
}

export function isContext(element: DerElement, tag: number): boolean {
  return element.tagClass === CONTEXT && element.tagNumber === tag
}

export function expectUniversal(element: DerElement | undefined, tag: number, what: string): DerElement {
  if (!element || !isUniversal(element, tag)) throw new DerError(`expected ${what}`)
  return element
}

export function content(element: DerElement): Uint8Array {
  return element.bytes.subarray(element.contentStart, element.contentEnd)
}

/** The whole element (header included), e.g. a certificate's DER inside a SignedData. */
export function encoded(element: DerElement): Uint8Array {
  return element.bytes.subarray(element.start, element.end)
}

/**
 * An OCTET STRING's bytes; a constructed (BER) one is the concatenation of its pieces, nested at
 * most `MAX_DEPTH` deep (a crafted one 150 000 deep would otherwise overflow the stack).
 */
export function octets(element: DerElement, depth = 0): Uint8Array {
  if (!element.constructed) return content(element)
  if (depth > MAX_DEPTH) throw new DerError('nested too deeply')
  const parts = children(element).map((child) => octets(child, depth + 1))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

export function oid(element: DerElement): string {
  const data = content(expectUniversal(element, TAG.oid, 'an object identifier'))
  if (data.length === 0) throw new DerError('empty object identifier')
  const arcs: number[] = []
  let value = 0
  for (const b of data) {
    value = value * 128 + (b & 0x7f)
    if ((b & 0x80) === 0) {
      if (arcs.length === 0)
        arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80)
      else arcs.push(value)
      value = 0
    }
  }
  return arcs.join('.')
}

/** An INTEGER's magnitude as uppercase hex without leading zero bytes (serial numbers). */
export function integerHex(element: DerElement): string {
  const data = content(expectUniversal(element, TAG.integer, 'an integer'))
  let i = 0
  while (i < data.length - 1 && data[i] === 0) i++
  return Buffer.from(data.subarray(i)).toString('hex').toUpperCase()
}

/** The text of a directory string (names in certificates), whatever ASN.1 string type holds it. */
export function stringValue(element: DerElement): string {
  const data = content(element)
  if (element.tagClass !== 0) throw new DerError('expected a string')
  switch (element.tagNumber) {
    case TAG.utf8String:
      return Buffer.from(data).toString('utf8')
    case TAG.bmpString:
      return decodeUtf16Be(data)
    case TAG.universalString:
      return decodeUtf32Be(data)
    case TAG.t61String:
      return Buffer.from(data).toString('latin1')
    case TAG.printableString:
    case TAG.ia5String:
    case TAG.visibleString:
    case TAG.numericString:
      return Buffer.from(data).toString('latin1')
    default:
      return `#${Buffer.from(encoded(element)).toString('hex')}`
  }
}

function decodeUtf16Be(data: Uint8Array): string {
  const swapped = Buffer.from(data)
  if (swapped.length % 2 !== 0) throw new DerError('odd-length BMPString')
  swapped.swap16()
  return swapped.toString('utf16le')
}

function decodeUtf32Be(data: Uint8Array): string {
  if (data.length % 4 !== 0) throw new DerError('bad UniversalString')
  let text = ''
  for (let i = 0; i < data.length; i += 4) {
    const cp =
      ((data[i] as number) << 24) |
      ((data[i + 1] as number) << 16) |
      ((data[i + 2] as number) << 8) |
      (data[i + 3] as number)
    // Past U+10FFFF is no character (String.fromCodePoint would throw a RangeError).
    if (cp >>> 0 > 0x10ffff) throw new DerError('bad UniversalString')
    text += String.fromCodePoint(cp >>> 0)
  }
  return text
}
