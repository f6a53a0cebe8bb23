import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** The repository root, found from this file so the harness works from any working directory. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** The built renderer; PAPERDESK_RENDERER_DIR points elsewhere (used to test the harness itself). */
export function rendererDir(): string {
  return process.env['PAPERDESK_RENDERER_DIR'] || join(repoRoot, 'out', 'renderer')
}
