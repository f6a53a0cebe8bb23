import { basename } from 'node:path'
import type { CheckedCrossSeal } from '../../../shared/contract/cross-seal'
import type { PaperPhoto, SealOptions, Signature } from '../../../shared/contract/sign'
import type { TextOutline } from '../../../shared/contract/sign-marks'
import { userError } from '../../../shared/app-error'
import { pagesOf, parsePageSpec } from '../../../shared/format/page-choice'
import type { AssetBody } from '../assets/asset-routes'
import { once } from '../once'
import { CertifyUseCases } from './certify/certify-use-cases'
import type { CrossPageSeal } from './cross-page-seal'

export type ParsedSealOptions = Required<SealOptions>

/** The CLI's and the app's cross-page seal: a library seal, its edge, height, width and pages. */
export type CrossSealChoice = Omit<CheckedCrossSeal, 'pages'> & { pages: string }

/**
 * The marks half of the Sign door: seals lifted from photos, marks made of text, and the
 * cross-page seal's resolution against a document. It owns the signature library and the open
 * documents and photos, which the signing half (SignDoor) shares. sharp, pdf-lib and the font
 * load on first use.
 */
export class SignMarksUseCases extends CertifyUseCases {
  protected readonly library = once(async () => {
    const { SignatureLibrary } = await import('./signature-library')
    return new SignatureLibrary(this.deps.store)
  })
  protected readonly sessions = once(async () => new (await import('./document-sessions')).DocumentSessions())

  // Seals from a photo

  async openSealPhoto(path: string): Promise<PaperPhoto> {
    return (await this.sessions()).openPhoto(path)
  }

  /** `sign-seal/<token>/<hue>-<threshold>.png`, for an open photo. */
  async sealPreviewPath(token: string, options: ParsedSealOptions): Promise<string> {
    ;(await this.sessions()).photoPath(token)
    return `sign-seal/${token}/${options.hue}-${options.threshold}.png`
  }

  /** `sign-seal/<token>/…`: the seal lifted with those options, screen-sized; null if none is found. */
  async sealPreview(path: string): Promise<AssetBody | null> {
    return (await this.sessions()).serveSeal(path)
  }

  /** Lifts the seal from an open photo at full size and keeps it in the library, marked as a seal. */
  async saveSeal(token: string, name: string, options: ParsedSealOptions): Promise<Signature> {
    return this.importSeal((await this.sessions()).photoPath(token), name, options)
  }

  /** The same from a photo by path (the CLI); a photo with no seal ink is refused, nothing kept. */
  async importSeal(path: string, name: string, options: SealOptions = {}): Promise<Signature> {
    const [library, { sealFromPhoto, SEAL_SAVE_EDGE }, { readInput }] = await Promise.all([
      this.library(),
      import('./seal-from-photo'),
      import('./sign-file'),
    ])
    const lifted = await sealFromPhoto(await readInput(path), options, SEAL_SAVE_EDGE, basename(path))
    return library.saveSeal(name, lifted.png)
  }

  // Marks made of text

  /** Keeps a text mark (vector outlines from the bundled font); a character it lacks is refused. */
  async saveTextMark(text: string, name?: string, color?: string): Promise<Signature> {
    const [library, { textMarkArt }] = await Promise.all([this.library(), import('./stamp/text-mark')])
    const art = textMarkArt(text, color)
    return library.saveVector(name ?? text.trim(), art)
  }

  /** What a text mark would look like, for the maker's live preview. */
  async textOutline(text: string, color?: string): Promise<TextOutline> {
    const { textMarkArt, TEXT_MARK_COLOR } = await import('./stamp/text-mark')
    const art = textMarkArt(text, color)
    return {
      viewBox: [art.minX, art.minY, art.width, art.height],
      paths: art.paths.map((p) => ({ d: p.d, fill: p.fill ?? color ?? TEXT_MARK_COLOR })),
    }
  }

  // The cross-page seal

  /** The seal and its strips' request for a document of `pageCount` pages (0-based pages). */
  protected async resolveCrossSeal(choice: CrossSealChoice, pageCount: number): Promise<CrossPageSeal> {
    const seal = (await this.library()).resolve(choice.sealId)
    const spec = parsePageSpec(choice.pages)
    if (!spec) throw userError('VALIDATION', 'sign.pages-spec', `cannot read the pages ${choice.pages}`)
    const { pages, missing } = pagesOf(spec, pageCount)
    if (missing !== undefined)
      throw userError('VALIDATION', 'sign.page-missing', `the document has no page ${missing}`, {
        page: missing,
        pages: pageCount,
      })
    return {
      seal,
      request: { pages: pages.map((p) => p - 1), edge: choice.edge, y: choice.y, width: choice.width },
    }
  }
}
