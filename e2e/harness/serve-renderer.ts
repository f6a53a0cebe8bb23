import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serveAppFile } from '../../src/main/app-files'
import type { AssetRoutes } from '../../src/main/core/assets/asset-routes'
import { APP_ORIGIN } from '../../src/main/security/trusted-origin'

/** Where the harness serves `paperdesk-asset:` content: same origin, so the CSP's 'self' covers it. */
export const ASSET_ROUTE = '/__paperdesk-asset/'

export interface RendererServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string
  /** `${origin}${ASSET_ROUTE}`: what `app.info().assetBaseUrl` is in the harness. */
  assetBaseUrl: string
  close(): Promise<void>
}

/**
 * Serves the built renderer read-only on 127.0.0.1 and a random port, over http rather than
 * file:// so the page has a real origin. Each request is answered by the app:// protocol's own
 * handler (same path checks, MIME types and CSP header as in Electron); only the scheme differs.
 */
export async function serveRenderer(root: string, assets?: AssetRoutes): Promise<RendererServer> {
  const server: Server = createServer((req, res) => {
    const raw = req.url ?? '/'
    const method = req.method ?? 'GET'
    const answer =
      assets && raw.startsWith(ASSET_ROUTE)
        ? serveAsset(assets, raw.slice(ASSET_ROUTE.length), method)
        : // Keep the raw path: the handler must see `..%2f` exactly as a browser would send it.
          serveAppFile(`${APP_ORIGIN}${raw}`, root, method)
    answer
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch(() => res.writeHead(500).end())
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => ok())
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    assetBaseUrl: `http://127.0.0.1:${port}${ASSET_ROUTE}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}

/** `<kind>/<id>?…` answered like Electron's paperdesk-asset: handler answers `paperdesk-asset://<kind>/<id>`. */
function serveAsset(assets: AssetRoutes, rest: string, method: string): Promise<Response> {
  const path = rest.split('?')[0] ?? ''
  const slash = path.indexOf('/')
  return slash < 0
    ? assets.serve(path, '', method)
    : assets.serve(path.slice(0, slash), path.slice(slash + 1), method)
}
