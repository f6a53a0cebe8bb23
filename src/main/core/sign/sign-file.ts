import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { OutputFormat, SignRecord } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { composeImage } from './compose-image'
import { readImageFacts } from './image-input'
import { isPdf } from './pdf-magic'
import type { NewSignRecord } from './sign-records'
import type { CrossPageSeal } from './cross-page-seal'
import {
  layOut,
  sha256Hex,
  type CertifyChoice,
  type OutputChoice,
  type ResolvedPlacement,
  type SignedBytes,
} from './sign-layout'

export { layOut, sha256Hex }
export type { CertifyChoice, Laid, OutputChoice, ResolvedPlacement, SignedBytes } from './sign-layout'

/** Reads a document the user named; a missing or empty file is refused with the reason. */
export async function readInput(path: string): Promise<Buffer> {
  const name = basename(path)
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch {
    throw userError('NOT_FOUND', 'sign.file-missing', `${name} cannot be read`, { name })
  }
  if (bytes.length === 0) throw userError('INVALID_FILE', 'sign.file-empty', `${name} is empty`, { name })
  return bytes
}

/**
 * The signed document's bytes, nothing written yet: an image composited at full resolution (or
 * made a one-page PDF), a PDF stamped with vector signatures. A later step (writing, or a
 * cryptographic signature) takes the bytes from here.
 */
export async function produceSigned(
  bytes: Buffer,
  name: string,
  placements: readonly ResolvedPlacement[],
  output: OutputChoice,
  now = new Date(),
  certify?: CertifyChoice,
  crossSeal?: CrossPageSeal,
): Promise<SignedBytes> {
  const pdf = isPdf(bytes)
  if (crossSeal && !pdf)
    throw userError('VALIDATION', 'sign.cross-seal-one-page', 'a cross-page seal needs at least two pages')
  if (certify && output.format !== 'pdf')
    throw userError('VALIDATION', 'certify.needs-pdf', 'a cryptographic signature needs PDF output')
  // PDF code (pdf-lib and the certificate signature) loads only when a PDF is written: signing a
  // photo from the command line then starts without it.
  if (pdf || output.format === 'pdf') {
    const { producePdf } = await import('./sign-pdf-output')
    return producePdf(bytes, name, placements, output, now, certify, crossSeal)
  }
  const facts = await readImageFacts(bytes, name)
  const page = { width: facts.width, height: facts.height }
  const laid = layOut(placements, [page], now)
  const layers = laid.map((l) => ({ placed: l.placed, opacity: l.opacity }))
  const out = await composeImage(bytes, facts, layers, output.format, output.quality, name)
  return { bytes: out, pageCount: 1, placements: laid.map((l) => l.audit), certification: null }
}

/** The audit record of one output, from what was read and what was written. */
export function auditRecord(
  input: { path: string; bytes: Uint8Array },
  output: { path: string; format: OutputFormat },
  signed: SignedBytes,
  origin: SignRecord['origin'],
): NewSignRecord {
  return {
    inputName: basename(input.path),
    inputPath: input.path,
    inputSha256: sha256Hex(input.bytes),
    outputName: basename(output.path),
    outputPath: output.path,
    outputSha256: sha256Hex(signed.bytes),
    outputFormat: output.format,
    pageCount: signed.pageCount,
    placements: signed.placements,
    origin,
    certification: signed.certification,
  }
}
