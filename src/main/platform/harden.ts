import { shell, type Session, type WebContents } from 'electron'
import { externalUrlToOpen } from '../security/external-url'
import { isAllowedNavigation } from '../security/trusted-origin'

/** Opens an allowed link in the OS browser or mail client; anything else is dropped. */
function openExternally(url: string, log: (message: string, error: unknown) => void): void {
  const href = externalUrlToOpen(url)
  if (href === null) return
  // electronegativity OPEN_EXTERNAL_JS_CHECK: only what externalUrlToOpen let through — https
  // pages and plain mailto, normalised — reaches the OS; file:, custom schemes and attachments never.
  shell.openExternal(href).catch((error: unknown) => log('cannot open an external link', error))
}

/**
 * Guards every web contents the app creates: no navigation away from the app (https/mailto links
 * go to the OS instead), no new windows, no <webview>.
 */
export function hardenWebContents(
  contents: WebContents,
  devServerUrl: string | undefined,
  log: (message: string, error: unknown) => void,
): void {
  const guardNavigation = (event: { url: string; preventDefault(): void }): void => {
    if (isAllowedNavigation(contents.getURL(), event.url, devServerUrl)) return
    event.preventDefault()
    openExternally(event.url, log)
  }
  contents.on('will-navigate', guardNavigation)
  // Sub-frames may not navigate anywhere: the app has none of its own.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(contents.getURL(), event.url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url, log)
    return { action: 'deny' }
  })
}

/** No web permission is ever granted: camera, notifications, geolocation, HID, … all refused. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler?.(() => false)
}
