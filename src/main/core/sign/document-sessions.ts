import { randomBytes } from 'node:crypto'
import { basename, resolve } from 'node:path'
import sharp from 'sharp'
import type { PaperPhoto, SignDocument } from '../../../shared/contract/sign'
import { InkOptionsSchema, SealOptionsSchema } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { parsePdfPageFile, pdfPageAssetPath } from '../../../shared/pdf-page-asset'
import type { AssetBody } from '../assets/asset-routes'
import { PdfPageImages } from '../pdf-raster/pdf-page-images'
import { defaultImageFormat, imageError, imageReadOptions, readImageFacts } from './image-input'
import { inkFromPhoto, type ParsedInkOptions } from './paper-ink'
import { isPdf, loadPdf, pdfFacts } from './pdf-input'
import { SEAL_PREVIEW_EDGE, sealFromPhoto } from './seal-from-photo'
import { readInput } from './sign-file'

const PREVIEW_EDGE = 2000
/** Width of a PDF's first-page preview (a step of `pageWidthFor`). */
const PDF_PREVIEW_WIDTH = 1024
const PAPER_PREVIEW_EDGE = 1000
const KEEP = 6

interface OpenDocument {
  document: SignDocument
  /** A PDF's bytes (main draws its pages from them) or an image's screen-sized JPEG preview. */
  body: AssetBody
}

interface OpenPhoto {
  photo: PaperPhoto
  path: string
  /** Upright and screen-sized, so the threshold slider previews quickly. */
  working: Buffer
}

const newToken = () => randomBytes(18).toString('base64url')

function remember<T>(map: Map<string, T>, token: string, value: T): void {
  map.set(token, value)
  // Tokens live for the session; only the few most recent documents are kept in memory.
  while (map.size > KEEP) map.delete(map.keys().next().value as string)
}

/**
 * Documents and paper photos the user opened, by random token: main keeps the path and serves
 * screen-sized previews (`sign-doc/<token>/…`, `sign-ink/<token>/…`); the renderer never gets the
 * full scan over the contract.
 */
export class DocumentSessions {
  private readonly documents = new Map<string, OpenDocument>()
  private readonly photos = new Map<string, OpenPhoto>()
  private readonly pages = new PdfPageImages()

  async openDocument(rawPath: string): Promise<SignDocument> {
    const path = resolve(rawPath)
    const name = basename(path)
    const bytes = await readInput(path)
    const token = newToken()
    if (isPdf(bytes)) {
      // The drawing worker loads while the PDF is checked here; its first page is asked for next.
      this.pages.warm()
      const facts = pdfFacts(await loadPdf(bytes, name))
      const document: SignDocument = {
        token,
        name,
        path,
        kind: 'pdf',
        pages: facts.pages,
        assetPath: pdfPageAssetPath(token, 0, PDF_PREVIEW_WIDTH),
        hasForm: facts.hasForm,
        signatures: facts.signatures,
        defaultFormat: 'pdf',
      }
      remember(this.documents, token, {
        document,
        body: { body: new Uint8Array(bytes), mime: 'application/pdf' },
      })
      return document
    }
    const facts = await readImageFacts(bytes, name)
    let preview: Buffer
    try {
      // Decoding the whole image here also finds a truncated file before the user places anything.
      preview = await sharp(bytes, imageReadOptions)
        .resize({ width: PREVIEW_EDGE, height: PREVIEW_EDGE, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 85 })
        .toBuffer()
    } catch (error) {
      throw imageError(error, name)
    }
    const document: SignDocument = {
      token,
      name,
      path,
      kind: 'image',
      pages: [{ width: facts.width, height: facts.height }],
      assetPath: `sign-doc/${token}/preview.jpg`,
      ...(facts.density ? { density: facts.density } : {}),
      hasForm: false,
      signatures: 0,
      defaultFormat: defaultImageFormat(facts.format),
    }
    remember(this.documents, token, { document, body: { body: new Uint8Array(preview), mime: 'image/jpeg' } })
    return document
  }

  document(token: string): SignDocument {
    const open = this.documents.get(token)
    if (!open)
      throw userError('NOT_FOUND', 'sign.document-closed', 'the document is no longer open; open it again')
    return open.document
  }

  closeDocument(token: string): boolean {
    this.pages.forget(token)
    return this.documents.delete(token)
  }

  /** `sign-doc/<token>/<file>`: an image's preview, or a page of a PDF drawn at a width. */
  async serveDocument(path: string): Promise<AssetBody | null> {
    const [token, file] = path.split('/')
    const open = token ? this.documents.get(token) : undefined
    if (!open || !file) return null
    if (open.document.kind === 'pdf') {
      const page = parsePdfPageFile(file)
      if (!page || page.index >= open.document.pages.length) return null
      const image = await this.pages.draw(token as string, () => open.body.body, page.index, page.width)
      return { body: image.data, mime: 'image/jpeg' }
    }
    return file === open.document.assetPath.split('/').at(-1) ? open.body : null
  }

  /** Stops the page-drawing worker (tests; the app lets it idle out). */
  close(): Promise<void> {
    return this.pages.close()
  }

  async openPhoto(rawPath: string): Promise<PaperPhoto> {
    const path = resolve(rawPath)
    const name = basename(path)
    const bytes = await readInput(path)
    const facts = await readImageFacts(bytes, name)
    let working: Buffer
    try {
      working = await sharp(bytes, imageReadOptions)
        .resize({
          width: PAPER_PREVIEW_EDGE,
          height: PAPER_PREVIEW_EDGE,
          fit: 'inside',
          withoutEnlargement: true,
        })
        .png()
        .toBuffer()
    } catch (error) {
      throw imageError(error, name)
    }
    const photo = { token: newToken(), name, width: facts.width, height: facts.height }
    remember(this.photos, photo.token, { photo, path, working })
    return photo
  }

  photoPath(token: string): string {
    const open = this.photos.get(token)
    if (!open)
      throw userError('NOT_FOUND', 'sign.document-closed', 'the photo is no longer open; open it again')
    return open.path
  }

  /** `sign-ink/<token>/<threshold>-<rotate>-<rrggbb>.png`: the ink preview for those options. */
  static inkPreviewPath(token: string, o: ParsedInkOptions): string {
    return `sign-ink/${token}/${o.threshold}-${o.rotate}-${o.color.slice(1).toLowerCase()}.png`
  }

  async serveInk(path: string): Promise<AssetBody | null> {
    const m = /^([\w-]+)\/(\d+)-(\d+)-([0-9a-f]{6})\.png$/.exec(path)
    const open = m ? this.photos.get(m[1] as string) : undefined
    if (!m || !open) return null
    const parsed = InkOptionsSchema.safeParse({
      threshold: Number(m[2]),
      rotate: Number(m[3]),
      color: `#${m[4]}`,
    })
    if (!parsed.success) return null
    try {
      const ink = await inkFromPhoto(open.working, parsed.data, PAPER_PREVIEW_EDGE)
      return { body: new Uint8Array(ink.png), mime: 'image/png' }
    } catch {
      return null
    }
  }

  /** `sign-seal/<token>/<hue>-<threshold>.png`: the seal lifted with those options, or null. */
  async serveSeal(path: string): Promise<AssetBody | null> {
    const m = /^([\w-]+)\/(\d+)-(\d+)\.png$/.exec(path)
    const open = m ? this.photos.get(m[1] as string) : undefined
    if (!m || !open) return null
    const parsed = SealOptionsSchema.safeParse({ hue: Number(m[2]), threshold: Number(m[3]) })
    if (!parsed.success) return null
    try {
      const seal = await sealFromPhoto(open.working, parsed.data, SEAL_PREVIEW_EDGE)
      return { body: new Uint8Array(seal.png), mime: 'image/png' }
    } catch {
      return null
    }
  }
}
