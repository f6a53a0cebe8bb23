/** What an asset handler answers: the bytes and their type, or null for "no such asset". */
export interface AssetBody {
  body: Uint8Array
  mime: string
}

/** Serves one kind of asset: `path` is what follows `paperdesk-asset://<kind>/`, decoded. */
export type AssetHandler = (path: string) => AssetBody | null | Promise<AssetBody | null>

const KIND = /^[a-z][a-z0-9-]{0,31}$/
// Asset ids are content hashes or tokens: letters, digits, dot, dash, underscore and single slashes.
const PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/

/**
 * The `paperdesk-asset:` content the renderer may load: note images, document previews. Each
 * feature registers a handler for its kind (`note`, `preview`, …); Electron's protocol handler and
 * the harness's route both answer through `serve`, so the two shells serve the same bytes.
 */
export class AssetRoutes {
  private readonly handlers = new Map<string, AssetHandler>()

  register(kind: string, handler: AssetHandler): void {
    if (!KIND.test(kind)) throw new Error(`bad asset kind ${kind}`)
    if (this.handlers.has(kind)) throw new Error(`asset kind ${kind} is registered twice`)
    this.handlers.set(kind, handler)
  }

  /** Answers one request for `<kind>/<path>`; never throws for bad input. */
  async serve(kind: string, rawPath: string, method = 'GET'): Promise<Response> {
    if (method !== 'GET' && method !== 'HEAD') return status(405)
    const handler = this.handlers.get(kind)
    let path: string
    try {
      path = decodeURIComponent(rawPath.replace(/^\/+/, ''))
    } catch {
      return status(400)
    }
    if (!handler || !PATH.test(path) || path.split('/').some((s) => s === '.' || s === '..'))
      return status(404)
    let found: AssetBody | null
    try {
      found = await handler(path)
    } catch {
      return status(500)
    }
    if (!found) return status(404)
    return new Response(method === 'HEAD' ? null : new Uint8Array(found.body), {
      status: 200,
      headers: {
        'Content-Type': found.mime,
        'Content-Length': String(found.body.byteLength),
        'X-Content-Type-Options': 'nosniff',
        // Content-addressed or token-named: the same URL always means the same bytes.
        'Cache-Control': 'private, max-age=31536000, immutable',
        // An asset is data, never a document that could run anything.
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    })
  }

  /** Serves a full `paperdesk-asset://kind/path` URL (Electron's protocol handler). */
  serveUrl(url: string, method = 'GET'): Promise<Response> {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return Promise.resolve(status(400))
    }
    return this.serve(parsed.host, parsed.pathname, method)
  }
}

function status(code: number): Response {
  return new Response(null, { status: code, headers: { 'X-Content-Type-Options': 'nosniff' } })
}
