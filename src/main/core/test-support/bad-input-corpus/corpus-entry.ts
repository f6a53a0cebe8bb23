import type { ErrorCode } from '../../../../shared/app-error'

/**
 * The doors a user hands a file to, named once for the contract test and the CLI test alike. Each
 * takes the extensions its open dialog (or CLI command) offers.
 */
export const entryPoints = {
  /** Sign: open a scan or PDF to sign (then save the signed copy); CLI `sign image` / `sign pdf`. */
  'sign-document': ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'webp', 'heic', 'heif', 'avif', 'gif', 'pdf'],
  /** Sign: sign a PDF cryptographically with a stored identity (CLI `sign pdf --certify`). */
  'certify-document': ['pdf'],
  /** Sign: sign many files at once, each beside itself (CLI `sign batch`). */
  'sign-batch': ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'webp', 'heic', 'heif', 'avif', 'gif', 'pdf'],
  /** Sign: a photo of a signature on paper. */
  'paper-signature': ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'webp', 'heic', 'heif', 'avif', 'gif'],
  /** Sign: a photo of a company seal (CLI `sign seal import`). */
  seal: ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'webp', 'heic', 'heif', 'avif', 'gif'],
  /** Notes: an image inserted into a note. */
  'note-image': ['jpg', 'jpeg', 'png', 'webp', 'gif', 'tif', 'tiff', 'heic'],
  /** Filing: attach scans (ID photos, licences) or PDFs to a filing. */
  'filing-attach': ['jpg', 'jpeg', 'png', 'webp', 'pdf'],
  /** Sign: check the signatures of a PDF (CLI `sign verify`). */
  verify: ['pdf'],
  /** Sign: import a signing identity (CLI `sign identity import`). */
  identity: ['p12', 'pfx'],
  /** Sign: trust a certificate (CLI `sign trust add`). */
  trust: ['cer', 'crt', 'der', 'pem'],
  /** Filing: read an app's or certificate's facts (CLI `filing inspect`). */
  inspect: ['apk', 'ipa', 'cer', 'crt', 'der', 'pem', 'p7b'],
  /** Notes: import files as notes (CLI `notes import`). */
  'notes-import': ['md', 'markdown', 'html', 'htm', 'docx', 'txt'],
  /** OCR: open a scan to read (CLI `ocr`). */
  ocr: ['png', 'jpg', 'jpeg', 'webp', 'tif', 'tiff', 'bmp', 'gif', 'pdf'],
} as const satisfies Record<string, readonly string[]>

export type EntryPointName = keyof typeof entryPoints

/** What an entry point must do with a file: refuse it with this code, or take it (a valid file of another kind). */
export type Outcome = ErrorCode | 'accepted'

export type CorpusKind =
  | 'jpeg'
  | 'png'
  | 'webp'
  | 'tiff'
  | 'heic'
  | 'pdf'
  | 'apk'
  | 'ipa'
  | 'docx'
  | 'markdown'
  | 'html'
  | 'text'
  | 'certificate'
  | 'p12'

export interface CorpusEntry {
  /** The file's name in the corpus folder; its extension decides which entry points get it. */
  name: string
  /** What the file pretends to be. */
  kind: CorpusKind
  /** What is wrong with it, in a line. */
  about: string
  bytes: () => Promise<Uint8Array> | Uint8Array
  /** The code every entry point that takes this extension refuses it with… */
  refusedAs: ErrorCode
  /** …unless named here. */
  except?: Partial<Record<EntryPointName, Outcome>>
  /** A CLI command that answers otherwise than its entry point in the app, keyed `sign image`. */
  commandExcept?: Partial<Record<string, Outcome>>
}

/** The entry points that take a file of this name (by extension, as their dialogs offer it). */
export function entryPointsFor(name: string): EntryPointName[] {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  return (Object.keys(entryPoints) as EntryPointName[]).filter((e) =>
    (entryPoints[e] as readonly string[]).includes(ext),
  )
}

/** What `entry` should give at `point`. */
export function expectedOutcome(entry: CorpusEntry, point: EntryPointName): Outcome {
  return entry.except?.[point] ?? entry.refusedAs
}

/** Bytes that look random but are the same on every run, so a failure can be reproduced. */
export function garbage(length: number, seed = 1): Buffer {
  const out = Buffer.alloc(length)
  let state = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    out[i] = state >>> 24
  }
  return out
}

/** `good` with `length` bytes from the middle onwards overwritten by garbage. */
export function corruptMiddle(good: Uint8Array, length = 256, seed = 7): Buffer {
  const copy = Buffer.from(good)
  const at = Math.floor(copy.length / 3)
  garbage(Math.min(length, copy.length - at), seed).copy(copy, at)
  return copy
}

/** `good` with `length` bytes from `offset` on overwritten by garbage (its headers, say). */
export function corruptAt(good: Uint8Array, offset: number, length: number, seed = 9): Buffer {
  const copy = Buffer.from(good)
  garbage(Math.min(length, copy.length - offset), seed).copy(copy, offset)
  return copy
}

/** The first `fraction` of `good`. */
export function truncate(good: Uint8Array, fraction = 0.5): Buffer {
  return Buffer.from(good.subarray(0, Math.floor(good.length * fraction)))
}
