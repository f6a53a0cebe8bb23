import { userError } from '../../../../shared/errors'

/**
 * A text file's content: UTF-8 (BOM dropped), or GB18030 as many Chinese editors still save it.
 * Binary data (NUL bytes, or bytes that are neither encoding) is refused.
 */
export function decodeTextFile(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) throw notText(name)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes)
    } catch {
      throw notText(name)
    }
  }
}

function notText(name: string) {
  return userError('INVALID_FILE', 'notes.import-not-text', `${name} is not a text file`, { name })
}
