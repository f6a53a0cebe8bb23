import { readFile, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { userError } from '../../../../shared/errors'
import { decodeEntities } from '../html/html-entities'
import { checkDocxSize } from './docx-limits'
import { inlineLocalImages } from './local-images'
import { renderMarkdown } from './render-markdown'
import { decodeTextFile } from './read-text-file'

/** Files bigger than this are refused before they are read. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024
export const importExtensions = ['md', 'markdown', 'html', 'htm', 'docx', 'txt'] as const

export interface ImportedFile {
  title: string
  /** Not yet cleaned: the caller cleans it like any foreign HTML. */
  html: string
}

const stripTags = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim()

/** Reads one file to import as a note, by its extension; refuses what it cannot read. */
export async function readImportFile(file: string): Promise<ImportedFile> {
  const name = basename(file)
  const ext = extname(file).slice(1).toLowerCase()
  const fallbackTitle = basename(file, extname(file))
  if (!(importExtensions as readonly string[]).includes(ext))
    throw userError('INVALID_FILE', 'notes.import-unsupported', `${name}: not a .md, .html or .docx file`, {
      name,
    })
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    throw userError('IO', 'notes.import-unreadable', `${name} cannot be read`, { name })
  }
  if (size > MAX_IMPORT_BYTES)
    throw userError('INVALID_FILE', 'notes.import-too-large', `${name} is larger than 30 MB`, {
      name,
      limitMb: 30,
    })
  const bytes = new Uint8Array(await readFile(file))
  if (ext === 'docx') return { title: fallbackTitle, html: await readDocx(bytes, name) }
  const text = decodeTextFile(bytes, name)
  if (ext === 'txt') {
    const html = text
      .split(/\r?\n\s*\r?\n/)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>')}</p>`)
      .join('')
    return { title: fallbackTitle, html }
  }
  if (ext === 'md' || ext === 'markdown') {
    let html = await renderMarkdown(text, name)
    // A leading "# Title" becomes the note's title rather than a heading inside it.
    const first = /^\s*<h1[^>]*>([\s\S]*?)<\/h1>\s*/i.exec(html)
    const title = first ? stripTags(first[1] as string) : ''
    if (first && title) html = html.slice(first[0].length)
    return { title: title || fallbackTitle, html: await inlineLocalImages(html, file) }
  }
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1]
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(text)?.[1]
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(text)?.[1] ?? text
  const title = stripTags(titleTag ?? '') || stripTags(h1 ?? '') || fallbackTitle
  return { title, html: await inlineLocalImages(body, file) }
}

async function readDocx(bytes: Uint8Array, name: string): Promise<string> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  const bad = () =>
    userError('INVALID_FILE', 'notes.import-bad-docx', `${name} is not a Word document`, { name })
  if (!zip) throw bad()
  checkDocxSize(bytes, name)
  try {
    const mammoth = await import('mammoth')
    const convert = (mammoth as unknown as { default?: typeof mammoth }).default ?? mammoth
    const result = await convert.convertToHtml({ buffer: Buffer.from(bytes) })
    return result.value
  } catch {
    throw bad()
  }
}
