import { createHash } from 'node:crypto'
import type { AssetStore } from '../assets/asset-store'
import { checkImage, decodeDataImage } from './note-image'

/**
 * Inline images found while cleaning HTML, checked with sharp and keyed by their hash but not yet
 * stored: the caller stores them in the same transaction as the notes that show them, so a refused
 * import leaves no blob behind.
 */
export class PendingImages {
  private readonly images = new Map<string, { data: Uint8Array; mime: string }>()

  /** For `cleanNoteHtml`: the key of a good `data:` image, or null to drop a bad one. */
  readonly storeDataImage = async (dataUrl: string): Promise<string | null> => {
    const bytes = decodeDataImage(dataUrl)
    if (!bytes) return null
    try {
      return this.add(await checkImage(bytes))
    } catch {
      return null
    }
  }

  add(image: { data: Uint8Array; mime: string }): string {
    const sha = createHash('sha256').update(image.data).digest('hex')
    this.images.set(sha, image)
    return sha
  }

  get size(): number {
    return this.images.size
  }

  /** Stores every image; run it inside the transaction that stores the notes. */
  flush(blobs: AssetStore): void {
    for (const { data, mime } of this.images.values()) blobs.put(data, mime)
    this.images.clear()
  }
}
