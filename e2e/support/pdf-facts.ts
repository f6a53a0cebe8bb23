import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sharp from 'sharp'

/** A word poppler found on a page, in points from the page's top left. */
export interface PdfWord {
  text: string
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** Every word on page `page` (1-based) with its box, from `pdftotext -bbox`. */
export function pdfWords(file: string, page = 1): PdfWord[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  })
  const words: PdfWord[] = []
  const WORD = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g
  for (const m of xml.matchAll(WORD)) {
    words.push({
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    })
  }
  return words
}

export function pdfWord(words: readonly PdfWord[], text: string): PdfWord {
  const word = words.find((w) => w.text === text)
  if (!word) throw new Error(`no word "${text}" on the page: ${words.map((w) => w.text).join(' ')}`)
  return word
}

/** Horizontal and vertical lines of ink on a page, as a table's borders draw them. */
export interface PageLines {
  /** Rows (in points from the top) with a horizontal run of ink at least `minLength` long. */
  horizontal: number[]
  /** Columns (in points from the left) with a vertical run of ink at least `minLength` long. */
  vertical: number[]
}

/**
 * Renders page `page` at 72 dpi (one pixel per point) with pdftoppm and finds the straight runs
 * of non-white pixels at least `minLength` points long: a table's borders, never a line of text.
 * Neighbouring rows/columns of one line count once.
 */
export async function pdfLines(
  file: string,
  page = 1,
  minLength = { horizontal: 60, vertical: 30 },
): Promise<PageLines> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-pdf-lines-'))
  try {
    const prefix = join(dir, 'page')
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      file,
      prefix,
    ])
    const { data, info } = await sharp(`${prefix}.png`)
      .greyscale()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const inked = (x: number, y: number) => (data[y * info.width + x] as number) < 235
    const runs = (count: number, length: number, minRun: number, at: (i: number, j: number) => boolean) => {
      const found: number[] = []
      for (let i = 0; i < count; i++) {
        let run = 0
        let best = 0
        for (let j = 0; j < length; j++) {
          run = at(i, j) ? run + 1 : 0
          best = Math.max(best, run)
        }
        if (best < minRun) continue
        if (found[found.length - 1] === i - 1) found[found.length - 1] = i
        else found.push(i)
      }
      return found
    }
    return {
      horizontal: runs(info.height, info.width, minLength.horizontal, (y, x) => inked(x, y)),
      vertical: runs(info.width, info.height, minLength.vertical, (x, y) => inked(x, y)),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `pdfinfo`'s fields (Pages, Page size, Title, …). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  )
}
