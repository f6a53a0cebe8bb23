import { PDFContext, PDFDict, PDFObjectParser, type PDFObject } from 'pdf-lib'

/** The signature dictionary as the signer wrote it: parsed from the bytes its own range covers. */
export interface SignedDictionary {
  /** The indirect object that holds the /Contents gap (`num gen`). */
  objectKey: string
  dict: PDFDict
}

// A signature dictionary's header sits a few hundred bytes before /Contents; some tools put
// /Reference or certificate arrays first, so look back generously but not without end.
const LOOK_BACK = 65_536
const LOOK_AHEAD = 65_536

const latin1 = (bytes: Uint8Array, start: number, end: number) =>
  Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString('latin1')

function lastHeaderBefore(bytes: Uint8Array, gapStart: number): { key: string; bodyAt: number } | null {
  const from = Math.max(0, gapStart - LOOK_BACK)
  const window = latin1(bytes, from, gapStart)
  let found: RegExpExecArray | null = null
  for (const match of window.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)) found = match
  if (!found) return null
  return { key: `${found[1]} ${found[2]}`, bodyAt: from + (found.index ?? 0) + found[0].length }
}

/**
 * Reads the dictionary around a signature's /Contents gap from the signed bytes themselves: the
 * object whose body holds the gap, up to its `endobj`, all inside the range the signature covers.
 * A dictionary anywhere else in the file that merely repeats the /ByteRange is not what was signed,
 * so what it says (a /Reason, a /Name) is never shown as signed. `null` when the gap does not sit
 * inside one signed object.
 */
export function signedDictionary(
  bytes: Uint8Array,
  [, b, c, d]: [number, number, number, number],
): SignedDictionary | null {
  const header = lastHeaderBefore(bytes, b)
  if (!header) return null
  const end = Math.min(c + d, c + LOOK_AHEAD)
  const after = latin1(bytes, c, end)
  const close = after.indexOf('endobj')
  if (close < 0) return null
  // The gap is replaced by an empty string: its hex digits are the signature, not the dictionary.
  const body = Buffer.concat([
    Buffer.from(bytes.subarray(header.bodyAt, b)),
    Buffer.from('<>'),
    Buffer.from(bytes.subarray(c, c + close)),
  ])
  let parsed: PDFObject
  try {
    parsed = PDFObjectParser.forBytes(new Uint8Array(body), PDFContext.create()).parseObject()
  } catch {
    return null
  }
  return parsed instanceof PDFDict ? { objectKey: header.key, dict: parsed } : null
}
