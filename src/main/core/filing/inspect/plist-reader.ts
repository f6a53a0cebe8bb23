import type { parse as parsePlistType } from '@plist/parse'
import { userError } from '../../../../shared/app-error'

export type PlistDict = Record<string, unknown>
type PlistParser = typeof parsePlistType

/**
 * Objects a property list may expand to when read. A binary plist shares objects by reference,
 * so 40 arrays each holding the next one twice read as 2⁴⁰ objects; a real Info.plist or
 * provisioning profile has a few hundred.
 */
const MAX_EXPANDED_OBJECTS = 200_000
const BINARY_MAGIC = 'bplist00'

/** A property list's top dictionary, or a translated refusal naming `name`. */
export function readPlistDict(parsePlist: PlistParser, data: Buffer, name: string): PlistDict {
  if (binaryExpansion(data) > MAX_EXPANDED_OBJECTS)
    throw userError('INVALID_FILE', 'filing.plist-too-complex', '{{name}} is too complex to read', { name })
  try {
    const value = parsePlist(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    )
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !(value instanceof ArrayBuffer) &&
      !(value instanceof Date)
    )
      return value as PlistDict
  } catch {
    // reported below, in the user's words
  }
  throw userError('INVALID_FILE', 'filing.plist-garbled', '{{name}} is not a readable property list', {
    name,
  })
}

/**
 * How many objects a binary plist reads as, shared objects counted each time they are used
 * (memoized per object, so this is linear in the file); Infinity for a cycle. 0 for anything that
 * is not a well-formed binary plist: the parser then says what is wrong.
 */
export function binaryExpansion(data: Buffer): number {
  if (data.length < 40 || data.toString('latin1', 0, 8) !== BINARY_MAGIC) return 0
  const trailer = data.length - 32
  const offsetSize = data[trailer + 6] as number
  const refSize = data[trailer + 7] as number
  const count = Number(data.readBigUInt64BE(trailer + 8))
  const top = Number(data.readBigUInt64BE(trailer + 16))
  const tableAt = Number(data.readBigUInt64BE(trailer + 24))
  if (![1, 2, 4, 8].includes(offsetSize) || ![1, 2, 4, 8].includes(refSize)) return 0
  if (count > 1_000_000 || top >= count || tableAt + count * offsetSize > trailer) return 0
  const uint = (at: number, size: number) =>
    size === 8 ? Number(data.readBigUInt64BE(at)) : data.readUIntBE(at, size)
  const children = (object: number): number[] | null => {
    const at = uint(tableAt + object * offsetSize, offsetSize)
    if (at >= trailer) return null
    const marker = data[at] as number
    const type = marker >> 4
    // Arrays and sets hold n references; dictionaries n keys then n values.
    if (type !== 0xa && type !== 0xc && type !== 0xd) return []
    let n = marker & 0x0f
    let refsAt = at + 1
    if (n === 0x0f) {
      const intMarker = data[at + 1] as number
      const intSize = 1 << (intMarker & 0x0f)
      if (intMarker >> 4 !== 1 || intSize > 8 || at + 2 + intSize > trailer) return null
      n = uint(at + 2, intSize)
      refsAt = at + 2 + intSize
    }
    const refs = type === 0xd ? n * 2 : n
    if (refsAt + refs * refSize > trailer) return null
    const list: number[] = []
    for (let i = 0; i < refs; i++) list.push(uint(refsAt + i * refSize, refSize))
    return list
  }
  // Iterative depth-first walk: -1 not seen, -2 open (on the current path), else the object's size.
  const size = new Float64Array(count).fill(-1)
  const stack = [top]
  while (stack.length > 0) {
    const object = stack[stack.length - 1] as number
    if ((size[object] as number) >= 0) {
      stack.pop()
      continue
    }
    const kids = children(object)
    if (!kids || kids.some((k) => k >= count)) return 0
    if (size[object] === -1) {
      size[object] = -2
      for (const kid of kids) {
        if (size[kid] === -2) return Infinity
        if (size[kid] === -1) stack.push(kid)
      }
      continue
    }
    let total = 1
    for (const kid of kids) {
      if ((size[kid] as number) < 0) return Infinity
      total += size[kid] as number
    }
    // Past the cap the exact number no longer matters (and stays a finite double).
    size[object] = Math.min(total, MAX_EXPANDED_OBJECTS + 1)
    stack.pop()
  }
  return size[top] as number
}
