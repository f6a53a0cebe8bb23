import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const FILE = 'ckeditor5-content.css'
let cached: string | null = null

/**
 * CKEditor's content stylesheet (headings, tables, images, to-do lists, highlights, font sizes as
 * the editor shows them), for printing and HTML export. Read from beside the built bundle (the
 * Electron build copies it to `out/main/`), else from the ckeditor5 package.
 */
export function ckeditorContentCss(): string {
  if (cached !== null) return cached
  const beside = join(dirname(fileURLToPath(import.meta.url)), FILE)
  const path = existsSync(beside) ? beside : createRequire(import.meta.url).resolve(`ckeditor5/${FILE}`)
  cached = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
  return cached
}
