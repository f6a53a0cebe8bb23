import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serveAppFile } from '../../src/main/app-files'
import { APP_ORIGIN } from '../../src/main/security/trusted-origin'

export interface RendererServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string
  close(): Promise<void>
}

/**
 * Serves the built renderer read-only on 127.0.0.1 and a random port, over http rather than
 * file:// so the page has a real origin. Each request is answered by the app:// protocol's own
 * handler (same path checks, MIME types and CSP header as in Electron); only the scheme differs.
 */
export async function serveRenderer(root: string): Promise<RendererServer> {
  const server: Server = createServer((req, res) => {
    // Keep the raw path: the handler must see `..%2f` exactly as a browser would send it.
    serveAppFile(`${APP_ORIGIN}${req.url ?? '/'}`, root, req.method ?? 'GET')
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
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
