import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { userError } from '../../../../shared/errors'
import { inlineLocalImages } from './local-images'
import { renderMarkdown } from './render-markdown'
import { MAX_IMPORT_BYTES } from './read-import-file'
import { decodeTextFile } from './read-text-file'

/** A file's content as note HTML (not yet cleaned): HTML as it is, Markdown rendered. */
export async function readNoteFile(file: string, kind: 'html' | 'md'): Promise<string> {
  const name = basename(file)
  let bytes: Uint8Array
  try {
    if ((await stat(file)).size > MAX_IMPORT_BYTES)
      throw userError('INVALID_FILE', 'notes.import-too-large', `${name} is larger than 30 MB`, {
        name,
        limitMb: 30,
      })
    bytes = new Uint8Array(await readFile(file))
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error
    throw userError('IO', 'notes.import-unreadable', `${name} cannot be read`, { name })
  }
  const text = decodeTextFile(bytes, name)
  const html = kind === 'md' ? await renderMarkdown(text, name) : text
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html
  return inlineLocalImages(body, file)
}
