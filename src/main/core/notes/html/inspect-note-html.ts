import { decodeEntities, decodeEntity } from './html-entities'
import {
  ASSET_IMAGE_SRC,
  BLOCK_TAGS,
  GLOBAL_ATTRIBUTES,
  isSafeHref,
  isSafeStyle,
  NOTE_TAGS,
  TAG_ATTRIBUTES,
} from './note-html-rules'

export interface HtmlInspection {
  /** Only allowed elements, attributes, links and styles, written in the plain form we expect. */
  safe: boolean
  /** The plain text, one line per block; meaningful only when `safe`. */
  text: string
  /** SHA-256 keys of the shared blobs the note shows. */
  assets: string[]
  /** Why it is not safe (for tests and logs). */
  problem?: string
}

// A tag with double- or single-quoted attributes, or anything else that starts with `<` or `&`.
const TOKEN =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))?)*)\s*\/?>|<|&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g
const KNOWN_ENTITY = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/g
const ATTRIBUTE = /\s+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g

/**
 * One pass over a note's HTML that both checks it against the allowlist and extracts its text.
 * Conservative on purpose: anything outside the plain form CKEditor and the sanitiser write (a
 * comment, an unquoted attribute, an unknown entity, a stray `<`) counts as unsafe, and the caller
 * then runs the full sanitiser. Linear and allocation-light, so it can run on every autosave.
 */
export function inspectNoteHtml(html: string): HtmlInspection {
  const parts: string[] = []
  const assets = new Set<string>()
  let last = 0
  let problem: string | undefined
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    parts.push(html.slice(last, m.index))
    last = TOKEN.lastIndex
    const [, closing, rawName, attributes, entity] = m
    if (entity !== undefined) {
      const decoded = decodeEntity(entity)
      if (decoded === null) {
        problem = `unknown entity &${entity};`
        break
      }
      parts.push(decoded)
      continue
    }
    if (rawName === undefined) {
      problem = `stray < at ${m.index}`
      break
    }
    const name = rawName.toLowerCase()
    if (!NOTE_TAGS.has(name)) {
      problem = `element ${name}`
      break
    }
    if (BLOCK_TAGS.has(name)) parts.push('\n')
    else if (name === 'td' || name === 'th') parts.push(' ')
    if (closing || !attributes) continue
    problem = checkAttributes(name, attributes, assets)
    if (problem) break
  }
  if (problem) return { safe: false, text: '', assets: [], problem }
  parts.push(html.slice(last))
  return { safe: true, text: tidyText(parts.join('')), assets: [...assets] }
}

/** The plain text of stored note HTML (which passed the check when it was saved). */
export function plainTextOf(storedHtml: string): string {
  return inspectNoteHtml(storedHtml).text
}

function checkAttributes(tag: string, attributes: string, assets: Set<string>): string | undefined {
  const allowed = TAG_ATTRIBUTES[tag] ?? []
  ATTRIBUTE.lastIndex = 0
  for (let a = ATTRIBUTE.exec(attributes); a; a = ATTRIBUTE.exec(attributes)) {
    const name = (a[1] as string).toLowerCase()
    const raw = a[2] ?? a[3] ?? ''
    // Browsers decode entities we do not (`&colon;`, `&Tab;`, `&#58` without `;`): a value with
    // any `&` that is not an entity we decode goes to the full sanitiser.
    if (raw.includes('&') && raw.replace(KNOWN_ENTITY, '').includes('&')) return `entity in ${tag}[${name}]`
    const value = decodeEntities(raw)
    if (!GLOBAL_ATTRIBUTES.includes(name) && !allowed.includes(name)) return `attribute ${tag}[${name}]`
    if (name === 'style' && !isSafeStyle(value)) return `style ${value}`
    if (name === 'href' && !isSafeHref(value)) return `href ${value}`
    if (name === 'type' && value.toLowerCase() !== 'checkbox') return `input type ${value}`
    if (name === 'src') {
      const sha = ASSET_IMAGE_SRC.exec(value)?.[1]
      if (!sha) return `image source ${value.slice(0, 40)}`
      assets.add(sha)
    }
  }
  return undefined
}

/**
 * Collapses spaces inside lines and blank lines between them. The patterns match only runs that
 * change (a lone space or a clean line end is left alone), so tidy text costs one scan.
 */
export function tidyText(raw: string): string {
  return raw
    .replace(/[ \t\r\f\v\u00a0]{2,}|[\t\r\f\v\u00a0]/g, ' ')
    .replace(/ \n[\n ]*|\n[\n ]+/g, '\n')
    .trim()
}
