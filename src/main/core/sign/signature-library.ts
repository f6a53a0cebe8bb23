import { createHash } from 'node:crypto'
import sharp from 'sharp'
import { PointGroupSchema, type CheckedPointGroup, type Signature } from '../../../shared/contract/sign'
import { AppError, userError } from '../../../shared/app-error'
import type { AssetBody } from '../assets/asset-routes'
import type { DataStore } from '../db/data-store'
import { vectorArtToSvg, type SignatureArt } from './ink-art'
import { renderPreview } from './signature-preview'
import { strokesToArt, type Stroke } from './strokes-to-art'
import { svgToArt } from './svg-import'

type Kind = Signature['kind']

interface Row {
  id: number
  name: string
  kind: Kind
  strokes: string | null
  svg: string | null
  ink_png: Buffer | null
  preview_sha256: string
  ink_sha256: string
  aspect: number
  role: Signature['role']
  is_default: number
  created_at: string
  updated_at: string
}

/** A signature ready to be drawn, with what the audit trail keeps of it. */
export interface ResolvedSignature {
  id: number | null
  name: string
  /** SHA-256 of the exact ink used (the SVG text or the PNG bytes). */
  sha256: string
  art: SignatureArt
}

const COLUMNS =
  'id, name, kind, strokes, svg, ink_png, preview_sha256, ink_sha256, aspect, role, is_default, created_at, updated_at'
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

function toSignature(row: Row): Signature {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    aspect: row.aspect,
    role: row.role,
    vector: row.svg !== null,
    isDefault: row.is_default === 1,
    previewPath: `signature/${row.id}/${row.preview_sha256.slice(0, 16)}.png`,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** Ink as a PNG must be an image with transparency that sharp reads; the art records its pixel size. */
export async function rasterArt(png: Buffer): Promise<SignatureArt> {
  const meta = await sharp(png, { limitInputPixels: 40_000_000 })
    .metadata()
    .catch(() => ({ format: undefined, width: 0, height: 0 }))
  if (meta.format !== 'png' || !meta.width || !meta.height)
    throw userError('INVALID_FILE', 'sign.not-png', 'the signature file is not a PNG image')
  // The header reads whole while the pixels may be cut short or fail their checksums: decode them
  // once here, so a damaged PNG is refused in words, not by libvips when the preview is drawn.
  try {
    await sharp(png, { limitInputPixels: 40_000_000 }).raw().toBuffer()
  } catch {
    throw userError(
      'INVALID_FILE',
      'sign.png-damaged',
      'the signature PNG is damaged, incomplete or too large',
    )
  }
  return { kind: 'raster', width: meta.width, height: meta.height, png }
}

/** The signature library: stroke points, SVG or ink PNG, and a preview, in the `signature` table. */
export class SignatureLibrary {
  constructor(private readonly store: DataStore) {}

  list(): Signature[] {
    const rows = this.store.db
      .prepare(`SELECT ${COLUMNS} FROM signature ORDER BY is_default DESC, updated_at DESC, id DESC`)
      .all() as Row[]
    return rows.map(toSignature)
  }

  get(id: number): Signature {
    return toSignature(this.row(id))
  }

  async saveDrawn(name: string, strokes: readonly CheckedPointGroup[]): Promise<Signature> {
    const art = strokesToArt(strokes satisfies readonly Stroke[])
    return this.insert(name, 'drawn', art, JSON.stringify(strokes))
  }

  async saveSvg(name: string, svg: string): Promise<Signature> {
    return this.insert(name, 'svg', svgToArt(svg), null)
  }

  async saveRaster(name: string, kind: 'paper' | 'png', png: Buffer): Promise<Signature> {
    return this.insert(name, kind, await rasterArt(png), null)
  }

  /** A seal lifted from a photo (`sealFromPhoto`): kept beside the signatures, marked as a seal. */
  async saveSeal(name: string, png: Buffer): Promise<Signature> {
    return this.insert(name, 'paper', await rasterArt(png), null, 'seal')
  }

  /** A mark made of text (vector outlines from the bundled font), kept like an imported SVG. */
  async saveVector(name: string, art: Extract<SignatureArt, { kind: 'vector' }>): Promise<Signature> {
    return this.insert(name, 'svg', art, null)
  }

  rename(id: number, name: string): Signature {
    this.row(id)
    this.store.db
      .prepare(
        `UPDATE signature SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
      )
      .run(name, id)
    return this.get(id)
  }

  setDefault(id: number): Signature {
    this.row(id)
    this.store.db.transaction(() => {
      this.store.db.prepare('UPDATE signature SET is_default = 0 WHERE is_default = 1').run()
      this.store.db.prepare('UPDATE signature SET is_default = 1 WHERE id = ?').run(id)
    })()
    return this.get(id)
  }

  delete(id: number): boolean {
    return this.store.db.prepare('DELETE FROM signature WHERE id = ?').run(id).changes > 0
  }

  strokes(id: number) {
    const row = this.row(id)
    return row.strokes ? PointGroupSchema.array().parse(JSON.parse(row.strokes)) : null
  }

  resolve(id: number): ResolvedSignature {
    const row = this.row(id)
    const art = row.svg !== null ? svgToArt(row.svg) : null
    if (art) return { id: row.id, name: row.name, sha256: row.ink_sha256, art }
    const png = row.ink_png as Buffer
    const head = png.subarray(16, 24)
    return {
      id: row.id,
      name: row.name,
      sha256: row.ink_sha256,
      art: { kind: 'raster', width: head.readUInt32BE(0), height: head.readUInt32BE(4), png },
    }
  }

  /** `signature/<id>/<hash>.png`: the preview, if the hash is still the current one. */
  preview(path: string): AssetBody | null {
    const m = /^(\d+)\/([0-9a-f]{16})\.png$/.exec(path)
    if (!m) return null
    const row = this.store.db
      .prepare('SELECT preview_png, preview_sha256 FROM signature WHERE id = ?')
      .get(Number(m[1])) as { preview_png: Buffer; preview_sha256: string } | undefined
    if (!row || !row.preview_sha256.startsWith(m[2] as string)) return null
    return { body: new Uint8Array(row.preview_png), mime: 'image/png' }
  }

  private row(id: number): Row {
    const row = this.store.db.prepare(`SELECT ${COLUMNS} FROM signature WHERE id = ?`).get(id) as
      Row | undefined
    if (!row) throw userError('NOT_FOUND', 'sign.no-signature', `no signature ${id}`, { id })
    return row
  }

  private async insert(
    name: string,
    kind: Kind,
    art: SignatureArt,
    strokes: string | null,
    role: Signature['role'] = 'signature',
  ): Promise<Signature> {
    const svg = art.kind === 'vector' ? vectorArtToSvg(art) : null
    const png = art.kind === 'raster' ? art.png : null
    const preview = await renderPreview(art)
    const db = this.store.db
    const id = db.transaction(() => {
      const first =
        (db.prepare("SELECT count(*) FROM signature WHERE role = 'signature'").pluck().get() as number) === 0
      const result = db
        .prepare(
          `INSERT INTO signature (name, kind, strokes, svg, ink_png, preview_png, preview_sha256, ink_sha256, aspect, is_default, role)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          name,
          kind,
          strokes,
          svg,
          png,
          preview,
          sha256(preview),
          sha256(svg ?? (png as Buffer)),
          art.width / art.height,
          // A seal is never the default signature.
          first && role === 'signature' ? 1 : 0,
          role,
        )
      return Number(result.lastInsertRowid)
    })()
    if (!Number.isSafeInteger(id)) throw new AppError('INTERNAL', 'signature id out of range')
    return this.get(id)
  }
}
