import { randomBytes } from 'node:crypto'
import { rm, rename, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { userError } from '../../../../shared/errors'

/** A hidden temporary name in the target's own folder, so the final rename stays on one disk. */
export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.partial-${process.pid}-${randomBytes(4).toString('hex')}`,
  )
}

/**
 * Writes `data` to `target` through a temporary file in the same folder and a rename, so `target`
 * is either the complete new file or untouched. Nothing is left behind on failure or cancel.
 */
export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  signal?: AbortSignal,
): Promise<void> {
  const temp = tempPathFor(target)
  try {
    signal?.throwIfAborted()
    await writeFile(temp, data, { flag: 'wx' })
    signal?.throwIfAborted()
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    if (signal?.aborted) throw error
    const code = (error as NodeJS.ErrnoException).code ?? 'IO'
    throw userError('IO', 'notes.cannot-write', `cannot write ${target}: ${code}`, { path: target, code })
  }
}
