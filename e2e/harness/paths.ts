import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

/** The repository root, found from this file so the harness works from any working directory. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** The built renderer; PAPERDESK_RENDERER_DIR points elsewhere (used to test the harness itself). */
export function rendererDir(): string {
  return process.env['PAPERDESK_RENDERER_DIR'] || join(repoRoot, 'out', 'renderer')
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
  return pkg.version
}
