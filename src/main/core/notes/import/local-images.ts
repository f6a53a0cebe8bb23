import { readFile, realpath, stat } from 'node:fs/promises'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { MAX_IMAGE_BYTES } from '../note-image'

const IMG_SRC = /(<img\b[^>]*?\ssrc=")([^"]+)(")/gi

/**
 * Imported Markdown and HTML often link images by relative path (our own Markdown export does).
 * Those inside the imported file's folder are read and inlined as `data:` URLs, which cleaning
 * then checks and turns into assets; anything else (remote, outside the folder) is dropped there.
 */
export async function inlineLocalImages(html: string, file: string): Promise<string> {
  const folder = await realpath(dirname(file))
  const found = new Map<string, string>()
  for (const match of html.matchAll(IMG_SRC)) {
    // A malformed % escape is read as written (decodeURI would throw, and surface as INTERNAL).
    const src = safeDecode(match[2] as string)
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || found.has(src)) continue
    const path = resolve(folder, src.split(/[?#]/)[0] as string)
    const inside = relative(folder, path)
    if (inside.startsWith('..') || isAbsolute(inside)) continue
    try {
      const real = await realpath(path)
      if (relative(folder, real).startsWith('..')) continue
      if ((await stat(real)).size > MAX_IMAGE_BYTES) continue
      found.set(src, `data:image/unknown;base64,${(await readFile(real)).toString('base64')}`)
    } catch {
      // A missing image: cleaning drops the tag.
    }
  }
  if (found.size === 0) return html
  return html.replace(IMG_SRC, (all, before: string, src: string, after: string) => {
    const data = found.get(safeDecode(src))
    return data ? `${before}${data}${after}` : all
  })
}

function safeDecode(src: string): string {
  try {
    return decodeURI(src)
  } catch {
    return src
  }
}
