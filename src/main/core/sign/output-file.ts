import { randomBytes } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import type { OutputFormat } from '../../../shared/contract/sign'
import { userError } from '../../../shared/app-error'
import type { OutputJournal } from './staged-output-journal'

export const extensionOf: Record<OutputFormat, string> = { jpeg: 'jpg', png: 'png', pdf: 'pdf' }

/** The output format an output file name asks for (`.jpg`/`.jpeg`, `.png`, `.pdf`), or null. */
export function formatFromPath(path: string): OutputFormat | null {
  const ext = extname(path).toLowerCase()
  if (ext === '.jpg' || ext === '.jpeg') return 'jpeg'
  if (ext === '.png') return 'png'
  if (ext === '.pdf') return 'pdf'
  return null
}

/** `<name>-signed.<ext>` beside the input. */
export function defaultOutputPath(input: string, format: OutputFormat): string {
  const stem = basename(input, extname(input))
  return join(dirname(input), `${stem}-signed.${extensionOf[format]}`)
}

/** `<name>-signed.<ext>`, or `-signed-2`, `-signed-3`… when that file already exists (batches). */
export function freeOutputPath(
  input: string,
  format: OutputFormat,
  dir = dirname(input),
  taken = new Set<string>(),
): string {
  const stem = basename(input, extname(input))
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${stem}-signed${n === 1 ? '' : `-${n}`}.${extensionOf[format]}`)
    if (!existsSync(candidate) && !taken.has(candidate)) return candidate
  }
}

function canonical(path: string): string {
  const full = resolve(path)
  try {
    return realpathSync(full)
  } catch {
    // Not there yet: canonicalise its folder, so a symlinked folder still compares equal.
    try {
      return join(realpathSync(dirname(full)), basename(full))
    } catch {
      return full
    }
  }
}

/** The signed copy may never replace the document it was made from. */
export function assertNotInput(output: string, input: string): void {
  if (canonical(output) === canonical(input))
    throw userError(
      'VALIDATION',
      'sign.output-is-input',
      'the signed copy cannot replace the original; choose another name',
    )
}

/** A temporary file beside `target`, hidden, for writing before the rename. */
export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`,
  )
}

/**
 * Writes `bytes` to a temporary file in the target folder, flushed to disk; removed on failure.
 * With a journal, the temporary file is listed there first, so a kill leaves nothing unfound.
 */
export async function writeTemp(target: string, bytes: Uint8Array, journal?: OutputJournal): Promise<string> {
  const temp = tempPathFor(target)
  try {
    journal?.note(temp, target)
    const handle = await open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    return temp
  } catch (error) {
    await rm(temp, { force: true })
    const message = error instanceof Error ? error.message : String(error)
    throw userError('IO', 'sign.write-failed', `cannot write ${target}: ${message}`, { path: target })
  }
}

/**
 * Puts `bytes` at `target` so that it is either the whole new file or untouched: written to a
 * temporary file in the same folder, then renamed over it.
 */
export async function writeOutputFile(target: string, bytes: Uint8Array): Promise<void> {
  const temp = await writeTemp(target, bytes)
  await commitTemp(temp, target)
}

export async function commitTemp(temp: string, target: string): Promise<void> {
  try {
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    const message = error instanceof Error ? error.message : String(error)
    throw userError('IO', 'sign.write-failed', `cannot write ${target}: ${message}`, { path: target })
  }
}
