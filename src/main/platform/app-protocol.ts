import { protocol } from 'electron'
import { serveAppFile } from '../app-files'
import type { AssetRoutes } from '../core/assets/asset-routes'
import { APP_ORIGIN, APP_SCHEME } from '../security/trusted-origin'
import { ASSET_SCHEME } from './asset-scheme'

export { ASSET_SCHEME }

/**
 * Must run before the app is ready, and only once: Electron takes one list of privileged schemes.
 * `standard` gives app:// real origins and relative URLs, `secure` makes it a secure context,
 * `supportFetchAPI` lets the renderer fetch its own files. No bypassCSP, no CORS, no service workers.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    // CORS-enabled (each response allows only our own origin, see handleAssetProtocol). Since PDF
    // pages are drawn in main the renderer only shows these as images, and the CSP's connect-src
    // no longer lets it fetch them at all; the privilege stays until it is checked in Electron.
    {
      scheme: ASSET_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ])
}

/** Serves the built renderer from `root` on app://paperdesk/ (after the app is ready). */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, root, request.method))
}

/** Serves `paperdesk-asset://<kind>/<id>` from the core's asset routes (note images, previews). */
export function handleAssetProtocol(assets: AssetRoutes): void {
  protocol.handle(ASSET_SCHEME, async (request) =>
    withAppOrigin(await assets.serveUrl(request.url, request.method)),
  )
}

/** Lets the app's own origin (and no other) read an asset with fetch. */
export function withAppOrigin(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Access-Control-Allow-Origin', APP_ORIGIN)
  headers.set('Vary', 'Origin')
  return new Response(response.body, { status: response.status, headers })
}
