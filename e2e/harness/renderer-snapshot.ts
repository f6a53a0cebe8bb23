import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'

let snapshot: Promise<string> | null = null

/**
 * A private copy of the built renderer, made once per test worker. Others rebuild `out/renderer`
 * while specs run (electron-vite empties it first), which would make a page 404 half-way through
 * a run; the copy keeps one consistent build for the whole worker. Retries while a build is
 * still writing (index.html names an asset that is not there yet).
 */
export function rendererSnapshot(root: string): Promise<string> {
  snapshot ??= takeSnapshot(root)
  return snapshot
}

async function takeSnapshot(root: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-e2e-renderer-'))
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
  let problem = ''
  for (let attempt = 0; attempt < 40; attempt++) {
    if (attempt > 0) await delay(500)
    rmSync(dir, { recursive: true, force: true })
    try {
      cpSync(root, dir, { recursive: true })
    } catch (error) {
      problem = String(error)
      continue
    }
    const missing = missingAssets(dir)
    if (missing.length === 0) return dir
    problem = `index.html refers to missing ${missing.join(', ')}`
  }
  throw new Error(`No complete renderer build in ${root} (${problem}). Run \`npx electron-vite build\`.`)
}

function missingAssets(dir: string): string[] {
  const index = join(dir, 'index.html')
  if (!existsSync(index)) return ['index.html']
  const html = readFileSync(index, 'utf8')
  const refs = [...html.matchAll(/(?:src|href)="(?:\.?\/)?([^":?#]+)"/g)].map((m) => m[1] as string)
  return refs.filter((ref) => !existsSync(join(dir, ref)))
}
