/**
 * pdf-lib reads a cross-reference stream by looping over the entry counts its dictionary claims
 * (/Size, /Index) and the field widths (/W), whatever the stream holds: a crafted count of
 * 99 999 999 999 kept it busy for minutes and took gigabytes (the fuzzer's find). Such claims are
 * checked here, in the raw bytes, before pdf-lib sees the file.
 */

// PDF 32000-1 annex C: at most 8 388 607 indirect objects; no file holds more objects than bytes.
const MAX_OBJECTS = 8_388_607
const MAX_FIELD_BYTES = 8

const numbers = (list: string) => list.trim().split(/\s+/).filter(Boolean).map(Number)

/** The reason the xref stream dictionaries of `bytes` cannot be believed, or null when they can. */
export function implausibleXrefStream(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
  const limit = Math.min(MAX_OBJECTS, bytes.length)
  for (const type of text.matchAll(/\/Type\s*\/XRef\b/g)) {
    // The dictionary around the match: from its object's header to its stream keyword.
    const at = type.index ?? 0
    const start = Math.max(text.lastIndexOf(' obj', at), at - 4096, 0)
    const endAt = text.indexOf('stream', at)
    const dict = text.slice(start, endAt < 0 ? at + 4096 : Math.min(endAt, at + 4096))
    const size = /\/Size\s+(\d+)/.exec(dict)
    if (size && Number(size[1]) > limit) return `an xref stream claims ${size[1]} objects`
    const index = /\/Index\s*\[([^\]]*)\]/.exec(dict)
    if (/\/Index\b/.test(dict) && !index) return 'an xref stream has an unreadable /Index'
    const counts = index ? numbers(index[1] ?? '').filter((_, i) => i % 2 === 1) : []
    const total = counts.reduce((sum, n) => sum + n, 0)
    if (!(total <= limit)) return `an xref stream claims ${total} entries`
    const widths = /\/W\s*\[([^\]]*)\]/.exec(dict)
    if (!widths) return 'an xref stream has no readable /W'
    if (numbers(widths[1] ?? '').some((w) => !(w >= 0 && w <= MAX_FIELD_BYTES)))
      return 'an xref stream has field widths past 8 bytes'
  }
  return null
}
