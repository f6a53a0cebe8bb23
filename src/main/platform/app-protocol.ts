import { protocol } from 'electron'
import { serveAppFile } from '../app-files'
import { APP_SCHEME } from '../security/trusted-origin'

/** The note-asset scheme the CSP's img-src allows; its handler arrives with the notes feature. */
export const ASSET_SCHEME = 'paperdesk-asset'

/**
 * Must run before the app is ready, and only once: Electron takes one list of privileged schemes.
 * `standard` gives app:// real origins and relative URLs, `secure` makes it a secure context,
 * `supportFetchAPI` lets the renderer fetch its own files. No bypassCSP, no CORS, no service workers.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the built renderer from `root` on app://paperdesk/ (after the app is ready). */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request.url, root, request.method))
}
