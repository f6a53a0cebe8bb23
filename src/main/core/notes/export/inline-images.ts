import type { AssetStore } from '../../assets/asset-store'

const STORED_SRC = /(\ssrc=")paperdesk-asset:\/\/blob\/([0-9a-f]{64})(")/g

/**
 * Turns a stored note's images into `data:` URLs, for the print page (which can reach nothing)
 * and for self-contained HTML. A missing blob becomes an empty image rather than a broken fetch.
 */
export function inlineImages(html: string, blobs: AssetStore, cache = new Map<string, string>()): string {
  return html.replace(STORED_SRC, (_all, before: string, sha: string, after: string) => {
    let url = cache.get(sha)
    if (url === undefined) {
      const blob = blobs.get(sha)
      url = blob ? `data:${blob.mime};base64,${Buffer.from(blob.body).toString('base64')}` : ''
      cache.set(sha, url)
    }
    return `${before}${url}${after}`
  })
}
