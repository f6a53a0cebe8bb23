import type {
  BatchResult,
  OutputFormat,
  PaperPhoto,
  CheckedPlacement,
  CheckedPointGroup,
  SignDocument,
  SignRecord,
  Signature,
} from '../../../shared/contract/sign'
import type { AssetBody } from '../assets/asset-routes'
import type { JobContext } from '../jobs/job-runner'
import type { ServiceDeps } from '../service-deps'
import type { CertifyChoice, OutputChoice } from './sign-file'
import { SignRecords } from './sign-records'
import type { PageChoice } from './pages-to-sign'
import type { ParsedInkOptions } from './paper-ink'
import type { CertifySource } from './certify/certify-use-cases'
import { SignMarksUseCases, type CrossSealChoice } from './sign-marks-use-cases'
import type { SignatureFileKind } from './signature-file'
import type { ResolvedSignature } from './signature-library'

import { writeOutputFile } from './output-file'

export { defaultOutputPath, extensionOf, formatFromPath } from './output-file'
export type { PageChoice } from './pages-to-sign'
export type { CertifySource, TrustSource } from './certify/certify-use-cases'
export type { CrossSealChoice, ParsedSealOptions } from './sign-marks-use-cases'

// The door to the Sign tool: signatures, documents, signing one file or a batch, the audit trail,
// (through SignMarksUseCases) seals, text marks and the cross-page seal, and (through
// CertifyUseCases) identities, trust and verifying. The app's sign/certify methods and
// the `paperdesk sign` commands come through here. sharp and pdf-lib load on first use.

/** A saved signature by id, or a signature file (.svg, .png, .json strokes) used once. */
export type SignatureSource = { id: number } | { file: string }

/** Where a signature goes, without page or signature (those come from the request). */
export type Where = Omit<CheckedPlacement, 'page' | 'signatureId'>

export interface SignFileRequest {
  input: string
  output: string
  format: OutputFormat
  /** Optional only with a cross-page seal: then the seal alone is placed. */
  signature?: SignatureSource
  placement: Where
  pages: PageChoice
  quality: number
  flatten: boolean
  origin: SignRecord['origin']
  /** Also sign cryptographically, with this identity or .p12 (unlocked before anything is written). */
  certify?: CertifySource
  /** A 骑缝章 across the pages, in the same save. */
  crossSeal?: CrossSealChoice
}

export interface SignBatchRequest {
  files: readonly string[]
  /** Where the signed copies go; beside each input when absent. */
  outDir?: string
  signature: SignatureSource
  placement: Where
  pages: 'first' | 'last' | 'all'
  quality: number
  origin: SignRecord['origin']
}

const idle: Pick<JobContext, 'signal' | 'progress'> = {
  signal: new AbortController().signal,
  progress: () => undefined,
}
// A paper signature is saved at up to this many pixels on its long edge: sharp on any page size.
const PAPER_INK_EDGE = 2400

export class SignDoor extends SignMarksUseCases {
  private readonly records: SignRecords

  constructor(deps: Pick<ServiceDeps, 'store' | 'platform'>) {
    super(deps)
    this.records = new SignRecords(deps.store)
  }

  // The signature library

  async listSignatures(): Promise<Signature[]> {
    return (await this.library()).list()
  }

  async saveDrawnSignature(name: string, strokes: readonly CheckedPointGroup[]): Promise<Signature> {
    return (await this.library()).saveDrawn(name, strokes)
  }

  /** Adds a signature from an SVG, a transparent PNG or signature_pad strokes; a bad file is refused. */
  async saveSignatureFile(name: string, kind: SignatureFileKind, path: string): Promise<Signature> {
    const [library, { saveSignatureFile }] = await Promise.all([this.library(), import('./signature-file')])
    return saveSignatureFile(library, name, kind, path)
  }

  async renameSignature(id: number, name: string): Promise<Signature> {
    return (await this.library()).rename(id, name)
  }

  async setDefaultSignature(id: number): Promise<Signature> {
    return (await this.library()).setDefault(id)
  }

  async deleteSignature(id: number): Promise<boolean> {
    return (await this.library()).delete(id)
  }

  /** The strokes a drawn signature was made of (to draw it again), or null for other kinds. */
  async signatureStrokes(id: number) {
    return (await this.library()).strokes(id)
  }

  async signature(id: number): Promise<Signature> {
    return (await this.library()).get(id)
  }

  /** `signature/<id>/<hash>.png`: a saved signature's preview. */
  async signaturePreview(path: string): Promise<AssetBody | null> {
    return (await this.library()).preview(path)
  }

  // A signature on paper, photographed

  async openPaperPhoto(path: string): Promise<PaperPhoto> {
    return (await this.sessions()).openPhoto(path)
  }

  async paperInkPreviewPath(token: string, ink: ParsedInkOptions): Promise<string> {
    const [sessions, { DocumentSessions }] = await Promise.all([
      this.sessions(),
      import('./document-sessions'),
    ])
    sessions.photoPath(token)
    return DocumentSessions.inkPreviewPath(token, ink)
  }

  /** `sign-ink/<token>/…`: the ink of an open photo with those options. */
  async paperInkPreview(path: string): Promise<AssetBody | null> {
    return (await this.sessions()).serveInk(path)
  }

  /** Lifts the ink off the photo and saves it as a signature. */
  async savePaperSignature(token: string, name: string, ink: ParsedInkOptions): Promise<Signature> {
    const [sessions, library, { inkFromPhoto }, { readInput }] = await Promise.all([
      this.sessions(),
      this.library(),
      import('./paper-ink'),
      import('./sign-file'),
    ])
    const photo = await readInput(sessions.photoPath(token))
    return library.saveRaster(name, 'paper', (await inkFromPhoto(photo, ink, PAPER_INK_EDGE, name)).png)
  }

  // Documents open for placing signatures (the app)

  async openDocument(path: string): Promise<SignDocument> {
    return (await this.sessions()).openDocument(path)
  }

  async document(token: string): Promise<SignDocument> {
    return (await this.sessions()).document(token)
  }

  async closeDocument(token: string): Promise<boolean> {
    return (await this.sessions()).closeDocument(token)
  }

  /** `sign-doc/<token>/…`: an open document's preview or one of its pages. */
  async documentPreview(path: string): Promise<AssetBody | null> {
    return (await this.sessions()).serveDocument(path)
  }

  /** Signs an open document with the placements the user made, into a new file. */
  async signDocument(
    token: string,
    placements: readonly CheckedPlacement[],
    output: OutputChoice & { path: string },
    certify?: CertifyChoice,
    crossSeal?: CrossSealChoice,
  ): Promise<SignRecord> {
    const doc = await this.document(token)
    const library = await this.library()
    const cross = crossSeal ? await this.resolveCrossSeal(crossSeal, doc.pages.length) : undefined
    const { signToFile } = await import('./sign-to-file')
    return signToFile(this.deps.store, this.records, {
      inputPath: doc.path,
      outputPath: output.path,
      placements: placements.map((placement) => ({
        placement,
        signature: library.resolve(placement.signatureId),
      })),
      output,
      origin: 'app',
      ...(certify ? { certify } : {}),
      ...(cross ? { crossSeal: cross } : {}),
    })
  }

  // Signing files by path

  /** Signs pages of one file (image or PDF) with one signature into a new file, and records it. */
  async signFile(request: SignFileRequest): Promise<SignRecord> {
    const signature = request.signature ? await this.resolveSignature(request.signature) : undefined
    const [{ readInput }, { pagesToSign }, { signToFile }] = await Promise.all([
      import('./sign-file'),
      import('./pages-to-sign'),
      import('./sign-to-file'),
    ])
    const bytes = await readInput(request.input)
    const pages = signature ? await pagesToSign(bytes, request.pages) : []
    const cross = request.crossSeal
      ? await this.resolveCrossSeal(request.crossSeal, (await pagesToSign(bytes, 'all')).length)
      : undefined
    const certify = request.certify ? await this.unlock(request.certify) : undefined
    return signToFile(this.deps.store, this.records, {
      inputPath: request.input,
      outputPath: request.output,
      placements: signature
        ? pages.map((page) => ({
            placement: { ...request.placement, page, signatureId: signature.id ?? 1 },
            signature,
          }))
        : [],
      output: { format: request.format, quality: request.quality, flatten: request.flatten },
      origin: request.origin,
      ...(certify ? { certify } : {}),
      ...(cross ? { crossSeal: cross } : {}),
    })
  }

  /**
   * The same signature at the same place on many files; a file that fails is reported and the rest
   * go on; the outputs appear together at the end, or none if cancelled.
   */
  async signBatch(
    request: SignBatchRequest,
    job: Pick<JobContext, 'signal' | 'progress'> = idle,
  ): Promise<BatchResult> {
    const signature = await this.resolveSignature(request.signature)
    const [{ runBatch }, { mkdirSync }] = await Promise.all([import('./sign-batch'), import('node:fs')])
    if (request.outDir) mkdirSync(request.outDir, { recursive: true })
    const { signature: _source, ...rest } = request
    return runBatch(this.deps.store, this.records, { ...rest, signature }, job)
  }

  /**
   * A cross-page seal over scans treated as one document (scan i is page i): each chosen scan is
   * written sealed, all or none, and recorded.
   */
  async crossSealScans(request: {
    files: readonly string[]
    outDir?: string
    crossSeal: CrossSealChoice
    quality: number
    origin: SignRecord['origin']
  }): Promise<BatchResult> {
    const cross = await this.resolveCrossSeal(request.crossSeal, request.files.length)
    const [{ crossSealScans }, { mkdirSync }] = await Promise.all([
      import('./cross-seal-scans'),
      import('node:fs'),
    ])
    if (request.outDir) mkdirSync(request.outDir, { recursive: true })
    const { crossSeal: _choice, ...rest } = request
    return crossSealScans(this.deps.store, this.records, { ...rest, cross })
  }

  private async resolveSignature(source: SignatureSource): Promise<ResolvedSignature> {
    if ('id' in source) return (await this.library()).resolve(source.id)
    return (await import('./signature-file')).readSignatureFile(source.file)
  }

  // The audit trail

  /** Signed outputs, newest first. */
  history(limit?: number): SignRecord[] {
    return this.records.list(limit)
  }

  /** Writes the whole audit trail to a CSV or JSON file. */
  async exportHistory(path: string, format: 'csv' | 'json'): Promise<{ path: string; count: number }> {
    const { historyToCsv, historyToJson } = await import('./history-export')
    const all = this.records.list()
    const text = format === 'csv' ? historyToCsv(all) : historyToJson(all)
    await writeOutputFile(path, Buffer.from(text, 'utf8'))
    return { path, count: all.length }
  }
}
