import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './security/csp'
import { APP_HOST, APP_SCHEME } from './security/trusted-origin'

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
}

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

export type AppFileLookup = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 }

/**
 * Maps an app://paperdesk/… URL onto a file inside `root`, refusing anything that could leave it:
 * another host, `..` segments (also percent-encoded ones, which URL parsing keeps as `%2F`/`%5C`),
 * backslashes, NUL bytes. The result is checked again after resolving, so a miss here cannot escape.
 */
export function resolveAppFile(requestUrl: string, root: string): AppFileLookup {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { ok: false, status: 400 }
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 404 }
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return { ok: false, status: 400 }
  }
  if (path.includes('\0') || path.includes('\\')) return { ok: false, status: 403 }
  const segments = path.split('/').filter((s) => s !== '' && s !== '.')
  if (segments.some((s) => s === '..')) return { ok: false, status: 403 }
  if (segments.length === 0) segments.push('index.html')
  const base = resolve(root)
  const file = resolve(base, ...segments)
  const rel = relative(base, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || !file.startsWith(base + sep)) {
    return { ok: false, status: 403 }
  }
  return { ok: true, file }
}

/** Headers every app:// response carries: the CSP, and no MIME sniffing. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  }
}

/** The app:// protocol handler's work, Electron-free: a Request's URL in, a Response out. */
export async function serveAppFile(requestUrl: string, root: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return errorResponse(405)
  const lookup = resolveAppFile(requestUrl, root)
  if (!lookup.ok) return errorResponse(lookup.status)
  const body = await readServedFile(lookup.file, root)
  if (body === 403 || body === 404) return errorResponse(body)
  const headers = appResponseHeaders(mimeTypeOf(lookup.file))
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers })
}

function errorResponse(status: number): Response {
  return new Response(null, { status, headers: appResponseHeaders('text/plain; charset=utf-8') })
}

/**
 * Reads a file the lookup mapped into `root`, checked again on the disk itself: its real path
 * (symlinks resolved) must still lie inside root's real path, and it must be a regular file — a
 * FIFO or device would hang the request, a folder is simply not there. Opened without following a
 * final symlink swap and without blocking, then checked on the open handle.
 */
async function readServedFile(file: string, root: string): Promise<Buffer | 403 | 404> {
  let realFile: string
  let realRoot: string
  try {
    ;[realFile, realRoot] = await Promise.all([realpath(file), realpath(root)])
  } catch {
    return 404
  }
  const rel = relative(realRoot, realFile)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return 403
  let handle
  try {
    handle = await open(realFile, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0))
  } catch {
    return 404
  }
  try {
    if (!(await handle.stat()).isFile()) return 404
    return await handle.readFile()
  } catch {
    return 404
  } finally {
    await handle.close()
  }
}
