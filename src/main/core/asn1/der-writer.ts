/**
 * A small DER encoder: each function returns one whole encoded element, so structures are built
 * by nesting calls (`sequence(integer(1n), oid('1.2.3'))`). Only what certificates, CMS and
 * PKCS#12 need; the reader beside it (der.ts) reads everything this writes.
 */

const CONTEXT = 0x80
const CONSTRUCTED = 0x20

/** Identifier octet(s) for a tag number; numbers from 31 up take the long form. */
function identifier(first: number, tagNumber: number): Buffer {
  if (tagNumber < 0x1f) return Buffer.from([first | tagNumber])
  const groups: number[] = []
  for (let n = tagNumber; groups.length === 0 || n > 0; n = Math.floor(n / 128)) groups.unshift(n % 128)
  return Buffer.from([first | 0x1f, ...groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g))])
}

function lengthOctets(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length])
  const bytes: number[] = []
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

/** One element from its identifier (class | constructed bits) and tag number, around `body`. */
export function element(first: number, tagNumber: number, body: Uint8Array): Buffer {
  return Buffer.concat([identifier(first, tagNumber), lengthOctets(body.length), body])
}

const universal = (tag: number, body: Uint8Array) => element(0, tag, body)
const constructedUniversal = (tag: number, items: readonly Uint8Array[]) =>
  element(CONSTRUCTED, tag, Buffer.concat(items))

export function sequence(...items: Uint8Array[]): Buffer {
  return constructedUniversal(0x10, items)
}

/** A SET OF: DER orders the encoded members as byte strings (X.690 11.6). */
export function set(...items: Uint8Array[]): Buffer {
  return constructedUniversal(
    0x11,
    [...items].sort((a, b) => Buffer.compare(padTo(a, b), padTo(b, a))),
  )
}

// Shorter encodings compare as if padded with zero octets at the end.
function padTo(a: Uint8Array, b: Uint8Array): Buffer {
  return a.length >= b.length ? Buffer.from(a) : Buffer.concat([a, Buffer.alloc(b.length - a.length)])
}

/**
 * An INTEGER. A bigint or number is encoded in two's complement; a Buffer or a hex string is an
 * unsigned magnitude (serial numbers), given a leading zero when its top bit is set.
 */
export function integer(value: bigint | number | string | Uint8Array): Buffer {
  if (typeof value === 'number') return integer(BigInt(value))
  if (typeof value === 'bigint') return universal(0x02, twosComplement(value))
  const hex = typeof value === 'string' ? value.replace(/^0x/i, '') : ''
  if (typeof value === 'string' && !/^[0-9a-f]*$/i.test(hex)) throw new Error('integer: not a hex string')
  let magnitude = typeof value === 'string' ? Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex') : value
  let start = 0
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++
  magnitude = magnitude.subarray(start)
  if (magnitude.length === 0) return universal(0x02, Buffer.from([0]))
  const body = (magnitude[0] as number) & 0x80 ? Buffer.concat([Buffer.from([0]), magnitude]) : magnitude
  return universal(0x02, body)
}

function twosComplement(value: bigint): Buffer {
  const bytes: number[] = []
  let n = value
  for (;;) {
    const low = Number(n & 0xffn)
    bytes.unshift(low)
    n >>= 8n
    // Done when the remaining bits are all sign bits and the top bit of the last octet agrees.
    if ((n === 0n && (low & 0x80) === 0) || (n === -1n && (low & 0x80) !== 0)) break
  }
  return Buffer.from(bytes)
}

export function boolean(value: boolean): Buffer {
  return universal(0x01, Buffer.from([value ? 0xff : 0]))
}

export function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map((arc) => {
    if (!/^\d+$/.test(arc)) throw new Error(`oid: bad arc in ${dotted}`)
    return BigInt(arc)
  })
  const [first, second, ...rest] = arcs
  if (first === undefined || second === undefined || first > 2n || (first < 2n && second >= 40n))
    throw new Error(`oid: bad ${dotted}`)
  const out: number[] = []
  for (const arc of [first * 40n + second, ...rest]) {
    const groups: number[] = []
    for (let n = arc; groups.length === 0 || n > 0n; n >>= 7n) groups.unshift(Number(n & 0x7fn))
    out.push(...groups.map((g, i) => (i < groups.length - 1 ? g | 0x80 : g)))
  }
  return universal(0x06, Buffer.from(out))
}

export function nullValue(): Buffer {
  return Buffer.from([0x05, 0x00])
}

export function octetString(bytes: Uint8Array): Buffer {
  return universal(0x04, bytes)
}

/** A BIT STRING holding whole octets, or a named-bit list whose last `unusedBits` bits are zero. */
export function bitString(bytes: Uint8Array, unusedBits = 0): Buffer {
  if (unusedBits < 0 || unusedBits > 7 || (bytes.length === 0 && unusedBits !== 0))
    throw new Error('bitString: bad unused bit count')
  return universal(0x03, Buffer.concat([Buffer.from([unusedBits]), bytes]))
}

export function utf8String(text: string): Buffer {
  return universal(0x0c, Buffer.from(text, 'utf8'))
}

export function printableString(text: string): Buffer {
  if (!/^[A-Za-z0-9 '()+,\-./:=?]*$/.test(text)) throw new Error('printableString: character not allowed')
  return universal(0x13, Buffer.from(text, 'latin1'))
}

export function ia5String(text: string): Buffer {
  if ([...text].some((c) => c.charCodeAt(0) > 0x7f)) throw new Error('ia5String: not ASCII')
  return universal(0x16, Buffer.from(text, 'latin1'))
}

const two = (n: number) => String(n).padStart(2, '0')
function timeDigits(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('time: invalid date')
  return `${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(
    date.getUTCMinutes(),
  )}${two(date.getUTCSeconds())}Z`
}

export function utcTime(date: Date): Buffer {
  const year = date.getUTCFullYear()
  if (year < 1950 || year > 2049) throw new Error('utcTime: year outside 1950-2049')
  return universal(0x17, Buffer.from(`${two(year % 100)}${timeDigits(date)}`, 'latin1'))
}

export function generalizedTime(date: Date): Buffer {
  const year = date.getUTCFullYear()
  if (year < 0 || year > 9999) throw new Error('generalizedTime: year outside 0-9999')
  return universal(0x18, Buffer.from(`${String(year).padStart(4, '0')}${timeDigits(date)}`, 'latin1'))
}

/** X.509 and CMS Time: UTCTime through 2049, GeneralizedTime otherwise (RFC 5280 4.1.2.5). */
export function time(date: Date): Buffer {
  const year = date.getUTCFullYear()
  return year >= 1950 && year <= 2049 ? utcTime(date) : generalizedTime(date)
}

/** `[n] EXPLICIT`: a constructed context-specific wrapper around one encoded element. */
export function explicit(tagNumber: number, inner: Uint8Array): Buffer {
  return element(CONTEXT | CONSTRUCTED, tagNumber, inner)
}

/** `[n] IMPLICIT`: replaces an encoded element's tag, keeping its constructed bit and content. */
export function implicit(tagNumber: number, inner: Uint8Array): Buffer {
  const { constructed, body } = splitElement(inner)
  return element(CONTEXT | (constructed ? CONSTRUCTED : 0), tagNumber, body)
}

/** A primitive context-specific element around raw content (e.g. GeneralName's rfc822Name). */
export function contextPrimitive(tagNumber: number, body: Uint8Array): Buffer {
  return element(CONTEXT, tagNumber, body)
}

/** An element encoded elsewhere (a certificate, a Name), passed through unchanged. */
export function raw(encoded: Uint8Array): Buffer {
  splitElement(encoded)
  return Buffer.from(encoded)
}

/** Checks that `encoded` is exactly one definite-length element and returns its content. */
function splitElement(encoded: Uint8Array): { constructed: boolean; body: Uint8Array } {
  let pos = 1
  if (encoded.length < 2) throw new Error('der: element too short')
  if (((encoded[0] as number) & 0x1f) === 0x1f) while ((encoded[pos++] as number) & 0x80);
  const first = encoded[pos++]
  if (first === undefined || first === 0x80) throw new Error('der: not a definite-length element')
  let length = first
  if (first & 0x80) {
    length = 0
    for (let i = 0; i < (first & 0x7f); i++) length = length * 256 + (encoded[pos++] ?? 0)
  }
  if (pos + length !== encoded.length) throw new Error('der: not exactly one element')
  return { constructed: ((encoded[0] as number) & CONSTRUCTED) !== 0, body: encoded.subarray(pos) }
}
