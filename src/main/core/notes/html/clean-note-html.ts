import { AppError } from '../../../../shared/errors'
import { inspectNoteHtml } from './inspect-note-html'
import { ASSET_IMAGE_PREFIX } from './note-html-rules'
import { sanitizeNoteHtml } from './sanitize-note-html'

export interface CleanNoteHtml {
  html: string
  text: string
  /** SHA-256 keys of the shared blobs the note shows. */
  assets: string[]
  /** Whether the full sanitiser had to run (the HTML came from outside the editor's plain form). */
  sanitized: boolean
}

/** Stores an inline image as a shared asset and returns its key, or null to drop the image. */
export type StoreDataImage = (dataUrl: string) => Promise<string | null>

const DATA_IMG = /(<img\b[^>]*?\ssrc=")(data:[^"]*)(")/gi

/**
 * Makes any HTML fit to store as a note: the fast allowlist check on every save, the full
 * sanitiser only when that check fails, and inline `data:` images turned into shared assets
 * (never base64 inside a note). Returns the HTML with its plain text and the assets it shows.
 */
export async function cleanNoteHtml(raw: string, storeImage: StoreDataImage): Promise<CleanNoteHtml> {
  let html = raw
  let report = inspectNoteHtml(html)
  if (report.safe) return { html, text: report.text, assets: report.assets, sanitized: false }
  html = sanitizeNoteHtml(html)
  if (/<img\b[^>]*\ssrc="data:/i.test(html)) html = await replaceDataImages(html, storeImage)
  report = inspectNoteHtml(html)
  if (!report.safe) throw new AppError('INTERNAL', `sanitised HTML still fails the check: ${report.problem}`)
  return { html, text: report.text, assets: report.assets, sanitized: true }
}

/**
 * Stored HTML as an export writes it: re-cleaned when it no longer passes today's check (a note
 * saved before a rule was tightened), so an export never carries what the check now refuses.
 */
export function recleanStoredHtml(html: string): string {
  return inspectNoteHtml(html).safe ? html : sanitizeNoteHtml(html)
}

async function replaceDataImages(html: string, storeImage: StoreDataImage): Promise<string> {
  const urls = [...new Set([...html.matchAll(DATA_IMG)].map((m) => m[2] as string))]
  const keys = new Map<string, string | null>()
  for (const url of urls) keys.set(url, await storeImage(url))
  // An image that is not one is dropped with its tag; a good one points at its asset.
  return html
    .replace(/<img\b[^>]*?\ssrc="(data:[^"]*)"[^>]*>/gi, (tag, url: string) => (keys.get(url) ? tag : ''))
    .replace(DATA_IMG, (_all, before: string, url: string, after: string) => {
      return `${before}${ASSET_IMAGE_PREFIX}${keys.get(url) as string}${after}`
    })
}
