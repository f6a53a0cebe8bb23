import { userError } from '../../../../shared/app-error'

/** Where the last revision of a PDF keeps its cross-reference data, and in which form. */
export interface LastXref {
  /** The `startxref` offset: the next revision's `/Prev`. */
  offset: number
  /** `true` for a cross-reference stream (PDF 1.5+), `false` for a classic `xref` table. */
  stream: boolean
  /** The last trailer's `/Size`: new objects are numbered from here on. */
  size: number
}

// Clamped: an offset read from the file may lie past its end (Buffer.from would throw a RangeError).
const latin1 = (bytes: Uint8Array, start: number, end: number) => {
  const from = Math.min(Math.max(0, start), bytes.length)
  const to = Math.min(Math.max(from, end), bytes.length)
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1')
}

function broken(name: string, detail: string): Error {
  return userError(
    'INVALID_FILE',
    'certify.pdf-broken-xref',
    '{{name}} has a damaged cross-reference table ({{detail}}); open and save it again in a PDF reader, then sign the copy',
    { name, detail },
  )
}

/** The offset after the last `startxref` in the file's tail. */
function lastStartxref(bytes: Uint8Array, name: string): number {
  const tail = latin1(bytes, Math.max(0, bytes.length - 2048), bytes.length)
  const matches = [...tail.matchAll(/startxref\s+(\d+)\s+%%EOF/g)]
  const last = matches.at(-1)
  if (!last) throw broken(name, 'no startxref at the end')
  return Number(last[1])
}

function objectHeaderAt(bytes: Uint8Array, offset: number): RegExpExecArray | null {
  return /^\s*(\d+)\s+(\d+)\s+obj\b/.exec(latin1(bytes, offset, Math.min(bytes.length, offset + 40)))
}

/**
 * Checks one classic xref section: every in-use entry must point at its object's header. Returns
 * the trailer text (for `/Prev`).
 */
function checkTable(bytes: Uint8Array, offset: number, name: string): string {
  // Searched in the bytes, not in a string of the whole rest of the file: once per revision,
  // that copy made a file with 20 000 incremental updates take a minute (quadratic).
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf('trailer', offset, 'latin1')
  if (at < 0) throw broken(name, 'xref without trailer')
  const end = at - offset
  const table = latin1(bytes, offset + 4, offset + end)
  const lines = table.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '')
  for (let i = 0; i < lines.length;) {
    const head = /^\s*(\d+)\s+(\d+)\s*$/.exec(lines[i] as string)
    if (!head) throw broken(name, 'bad subsection header')
    const first = Number(head[1])
    const count = Number(head[2])
    for (let k = 0; k < count; k++) {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec((lines[i + 1 + k] ?? '').trim())
      if (!entry) throw broken(name, `bad entry for object ${first + k}`)
      if (entry[3] !== 'n' || first + k === 0) continue
      const header = objectHeaderAt(bytes, Number(entry[1]))
      if (!header || Number(header[1]) !== first + k)
        throw broken(name, `object ${first + k} is not where the table says`)
    }
    i += 1 + count
  }
  const trailer = latin1(bytes, offset + end, Math.min(bytes.length, offset + end + 4096))
  const stop = trailer.indexOf('startxref')
  return stop < 0 ? trailer : trailer.slice(0, stop)
}

/**
 * Finds the last revision's cross-reference data and checks the chain of revisions behind it, so
 * an incremental update appended to this file points readers at real objects. Repairing a file
 * would rewrite it (and break earlier signatures), so a damaged one is refused.
 */
export function findLastXref(bytes: Uint8Array, name: string): LastXref {
  const offset = lastStartxref(bytes, name)
  const seen = new Set<number>()
  let stream: boolean | undefined
  let size: number | undefined
  for (let at: number | undefined = offset; at !== undefined;) {
    if (seen.has(at) || at <= 0 || at >= bytes.length)
      throw broken(name, `xref offset ${at} is outside the file`)
    seen.add(at)
    const head = latin1(bytes, at, Math.min(bytes.length, at + 1024))
    let dictText: string
    if (head.startsWith('xref')) {
      dictText = checkTable(bytes, at, name)
      stream ??= false
    } else {
      const header = objectHeaderAt(bytes, at)
      if (!header || !/\/Type\s*\/XRef\b/.test(head)) throw broken(name, `no xref at offset ${at}`)
      const stop = head.indexOf('stream')
      dictText = stop < 0 ? head : head.slice(0, stop)
      stream ??= true
    }
    size ??= Number(/\/Size\s+(\d+)/.exec(dictText)?.[1] ?? 0)
    const prev = /\/Prev\s+(\d+)/.exec(dictText)
    at = prev ? Number(prev[1]) : undefined
  }
  return { offset, stream: stream ?? false, size: size ?? 0 }
}
