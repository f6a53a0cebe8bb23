import { existsSync, mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { BatchResult, Placement, SignRecord, Signature } from '../../shared/contract/sign'
import type { DataStore } from '../../main/core/db/data-store'
import { formatFromPath } from '../../main/core/sign/output-file'
import { isPdf } from '../../main/core/sign/pdf-magic'
import { runBatch } from '../../main/core/sign/sign-batch'
import {
  parseStrokesJson,
  readSignatureFile,
  type SignatureFileKind,
} from '../../main/core/sign/signature-file'
import { SignatureLibrary, type ResolvedSignature } from '../../main/core/sign/signature-library'
import { SignRecords } from '../../main/core/sign/sign-records'
import { signToFile } from '../../main/core/sign/sign-to-file'
import { readInput } from '../../main/core/sign/sign-file'
import { UsageError } from '../command'
import { parsePages } from './sign'
import type { CertifyCliOptions } from './certify-runner'

/** `--signature ID|FILE`: a library id (digits, not an existing file) or a signature file. */
async function resolveSignature(store: DataStore, value: string): Promise<ResolvedSignature> {
  if (/^\d+$/.test(value) && !existsSync(value)) return new SignatureLibrary(store).resolve(Number(value))
  return readSignatureFile(value)
}

export async function saveSignature(
  store: DataStore,
  name: string,
  kind: SignatureFileKind,
  path: string,
): Promise<Signature> {
  const library = new SignatureLibrary(store)
  // Reading it as a signature first refuses a bad file with its reason.
  await readSignatureFile(path, kind)
  if (kind === 'png') return library.saveRaster(name, 'png', await readFile(path))
  const text = await readFile(path, 'utf8')
  return kind === 'svg' ? library.saveSvg(name, text) : library.saveDrawn(name, parseStrokesJson(text))
}

export function listSignatures(store: DataStore): Signature[] {
  return new SignatureLibrary(store).list()
}

export interface SignOneRequest {
  input: string
  output: string
  signature: string
  placement: Omit<Placement, 'page' | 'signatureId'>
  pages: string
  quality: number
  flatten: boolean
  /** `sign image` (any output format) rather than `sign pdf`. */
  image: boolean
  /** `--certify`: also sign cryptographically. */
  certify?: CertifyCliOptions | undefined
}

async function pageCount(path: string): Promise<number> {
  const bytes = await readInput(path)
  if (!isPdf(bytes)) return 1
  // A PDF that will not load is refused with its reason when it is signed.
  // pdf-lib loads only for a PDF: `sign image` starts without it (P3 cold).
  const { PDFDocument } = await import('pdf-lib')
  return PDFDocument.load(bytes, { updateMetadata: false })
    .then((d) => d.getPageCount())
    .catch(() => 1)
}

export async function signOne(store: DataStore, request: SignOneRequest): Promise<SignRecord> {
  const format = formatFromPath(request.output)
  if (!format || (!request.image && format !== 'pdf'))
    throw new UsageError(request.image ? '--out must end in .jpg, .png or .pdf' : '--out must end in .pdf')
  const signature = await resolveSignature(store, request.signature)
  const pages = request.image ? [0] : parsePages(request.pages, await pageCount(request.input))
  // Unlocked before anything is read or written: a wrong password leaves nothing behind.
  const certify = request.certify
    ? await (await import('./certify-runner')).certifyChoice(store, request.certify)
    : undefined
  return signToFile(store, new SignRecords(store), {
    inputPath: request.input,
    outputPath: request.output,
    placements: pages.map((page) => ({
      placement: { ...request.placement, page, signatureId: signature.id ?? 1 },
      signature,
    })),
    output: { format, quality: request.quality, flatten: request.flatten },
    origin: 'cli',
    ...(certify ? { certify } : {}),
  })
}

export interface BatchCliRequest {
  files: string[]
  outDir: string
  signature: string
  placement: Omit<Placement, 'page' | 'signatureId'>
  pages: 'first' | 'last' | 'all'
  quality: number
  progress: (line: string) => void
}

export async function signBatch(store: DataStore, request: BatchCliRequest): Promise<BatchResult> {
  const signature = await resolveSignature(store, request.signature)
  mkdirSync(request.outDir, { recursive: true })
  return runBatch(
    store,
    new SignRecords(store),
    {
      files: request.files,
      outDir: request.outDir,
      signature,
      placement: request.placement,
      pages: request.pages,
      quality: request.quality,
      origin: 'cli',
    },
    {
      signal: new AbortController().signal,
      progress: (done, total, label) => label && request.progress(`[${done + 1}/${total}] ${label}`),
    },
  )
}

export function history(store: DataStore, limit?: number): SignRecord[] {
  return new SignRecords(store).list(limit)
}
