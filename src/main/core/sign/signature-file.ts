import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { StrokesSchema, type Signature } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import { vectorArtToSvg } from './ink-art'
import { readInput } from './sign-file'
import { rasterArt, type ResolvedSignature, type SignatureLibrary } from './signature-library'
import { strokesToArt } from './strokes-to-art'
import { svgToArt } from './svg-import'

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

export type SignatureFileKind = 'svg' | 'png' | 'strokes'

/** Which kind of signature file a path is, by its extension (`.json` holds `toData()` strokes). */
export function signatureFileKind(path: string): SignatureFileKind | null {
  const ext = extname(path).toLowerCase()
  return ext === '.svg' ? 'svg' : ext === '.png' ? 'png' : ext === '.json' ? 'strokes' : null
}

/** Parses signature_pad's `toData()` JSON, refusing anything else with the reason. */
export function parseStrokesJson(text: string) {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw userError('INVALID_FILE', 'sign.bad-strokes', 'the strokes file is not signature_pad toData() JSON')
  }
  const parsed = StrokesSchema.safeParse(data)
  if (!parsed.success)
    throw userError('INVALID_FILE', 'sign.bad-strokes', 'the strokes file is not signature_pad toData() JSON')
  return parsed.data
}

/** A signature straight from a file (not saved in the library), as the CLI's `--signature FILE`. */
export async function readSignatureFile(
  path: string,
  kind = signatureFileKind(path),
): Promise<ResolvedSignature> {
  const name = basename(path)
  const bytes = await readInput(path)
  switch (kind) {
    case 'svg': {
      const art = svgToArt(bytes)
      return { id: null, name, sha256: sha256(bytes), art }
    }
    case 'png':
      return { id: null, name, sha256: sha256(bytes), art: await rasterArt(bytes) }
    case 'strokes': {
      const art = strokesToArt(parseStrokesJson(bytes.toString('utf8')))
      return { id: null, name, sha256: sha256(vectorArtToSvg(art)), art }
    }
    default:
      throw userError(
        'INVALID_FILE',
        'sign.signature-file-kind',
        `${name}: a signature file is .svg, .png or .json`,
        {
          name,
        },
      )
  }
}

/** Adds a signature file to the library; it is read as a signature first, so a bad file is refused with its reason. */
export async function saveSignatureFile(
  library: SignatureLibrary,
  name: string,
  kind: SignatureFileKind,
  path: string,
): Promise<Signature> {
  await readSignatureFile(path, kind)
  if (kind === 'png') return library.saveRaster(name, 'png', await readFile(path))
  const text = await readFile(path, 'utf8')
  return kind === 'svg' ? library.saveSvg(name, text) : library.saveDrawn(name, parseStrokesJson(text))
}
