import { ASSET_IMAGE_PREFIX } from './html/note-html-rules'

const STORED_SRC = /(\ssrc=")paperdesk-asset:\/\/blob\/(?=[0-9a-f]{64}")/g
const STORED = /paperdesk-asset:\/\/blob\/([0-9a-f]{64})/g

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Note HTML is stored with images as `paperdesk-asset://blob/<sha256>`, whatever shell shows it;
 * the editor gets them as this shell serves them (`${assetBaseUrl}blob/…`) and saves them back.
 * Only image sources change, never text that happens to look like a URL.
 */
export function toDisplayHtml(html: string, assetBaseUrl: string): string {
  if (!assetBaseUrl || assetBaseUrl === 'paperdesk-asset://') return html
  return html.replace(STORED_SRC, (_all, before: string) => `${before}${assetBaseUrl}blob/`)
}

export function toStoredHtml(html: string, assetBaseUrl: string): string {
  if (!assetBaseUrl || assetBaseUrl === 'paperdesk-asset://') return html
  const display = new RegExp(`(\\ssrc=")${escapeRegExp(`${assetBaseUrl}blob/`)}(?=[0-9a-f]{64}")`, 'g')
  return html.replace(display, (_all, before: string) => `${before}${ASSET_IMAGE_PREFIX}`)
}

/** The blob keys a stored note's HTML refers to. */
export function assetKeysIn(html: string): string[] {
  return [...new Set([...html.matchAll(STORED)].map((m) => m[1] as string))]
}
