import { createHash } from 'node:crypto'
import type { DataStore } from '../db/data-store'
import type { AssetBody } from './asset-routes'

export interface StoredAsset {
  sha256: string
  mime: string
  bytes: number
}

const SHA256 = /^[0-9a-f]{64}$/

/**
 * The `asset` table: blobs keyed by the SHA-256 of their bytes. Callers check that the bytes are
 * what `mime` says (an image is an image) before they put them here.
 */
export class AssetStore {
  constructor(private readonly store: DataStore) {}

  /** Stores `data` once (a second put of the same bytes is a no-op) and returns its key. */
  put(data: Uint8Array, mime: string): StoredAsset {
    const sha256 = createHash('sha256').update(data).digest('hex')
    this.store.db
      .prepare(
        'INSERT INTO asset (sha256, mime, bytes, data) VALUES (?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING',
      )
      .run(sha256, mime, data.byteLength, Buffer.from(data.buffer, data.byteOffset, data.byteLength))
    return { sha256, mime, bytes: data.byteLength }
  }

  /** The bytes and type of an asset, or null if there is none with that key. */
  get(sha256: string): AssetBody | null {
    if (!SHA256.test(sha256)) return null
    const row = this.store.db.prepare('SELECT mime, data FROM asset WHERE sha256 = ?').get(sha256) as
      { mime: string; data: Buffer } | undefined
    return row ? { mime: row.mime, body: new Uint8Array(row.data) } : null
  }

  meta(sha256: string): StoredAsset | null {
    if (!SHA256.test(sha256)) return null
    const row = this.store.db.prepare('SELECT sha256, mime, bytes FROM asset WHERE sha256 = ?').get(sha256)
    return (row as StoredAsset | undefined) ?? null
  }

  /** Removes the assets no longer referenced, given every key still in use; returns how many went. */
  deleteExcept(inUse: ReadonlySet<string>): number {
    const all = this.store.db.prepare('SELECT sha256 FROM asset').pluck().all() as string[]
    const drop = this.store.db.prepare('DELETE FROM asset WHERE sha256 = ?')
    const gone = all.filter((sha) => !inUse.has(sha))
    this.store.db.transaction(() => gone.forEach((sha) => drop.run(sha)))()
    return gone.length
  }
}
