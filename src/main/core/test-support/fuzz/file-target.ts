import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { FuzzTarget } from './fuzz-target'

/**
 * A target that opens a file by its path, as the app opens a user's file: each input is written to
 * the same temporary file (named `fileName`, so the extension decides what reads it) first.
 */
export function fileTarget(
  target: Omit<FuzzTarget, 'call' | 'cleanUp'> & { fileName: string; open: (path: string) => unknown },
): FuzzTarget {
  let path = ''
  const { fileName, open, ...rest } = target
  return {
    ...rest,
    seeds: async () => {
      path = join(mkdtempSync(join(tmpdir(), 'paperdesk-fuzz-')), fileName)
      return target.seeds()
    },
    call: (input) => {
      writeFileSync(path, input)
      return open(path)
    },
    cleanUp: () => rmSync(dirname(path), { recursive: true, force: true }),
  }
}
