/** The renderer's home: a standard, secure custom scheme served from the built files. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'paperdesk'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/** `scheme://host[:port]`; Node's URL reports origin "null" for custom schemes, so build it. */
function originOf(raw: string): string | null {
  try {
    const url = new URL(raw)
    if (!url.host) return null
    return `${url.protocol}//${url.host}`.toLowerCase()
  } catch {
    return null
  }
}

/**
 * Whether a frame URL is our renderer: app://paperdesk/…, or in development the electron-vite dev
 * server's origin (`ELECTRON_RENDERER_URL`). Anything else — file:, another host, about:blank — is not.
 */
export function isTrustedSender(url: string | null | undefined, devServerUrl?: string): boolean {
  if (!url) return false
  const origin = originOf(url)
  if (!origin) return false
  if (origin === APP_ORIGIN) return true
  if (!devServerUrl) return false
  return origin === originOf(devServerUrl)
}

/**
 * Navigation the main frame may perform by itself: only within the same document (a hash change,
 * which our hash router uses) on a trusted origin. Everything else would replace the app.
 */
export function isAllowedNavigation(currentUrl: string, targetUrl: string, devServerUrl?: string): boolean {
  if (!isTrustedSender(targetUrl, devServerUrl) || !isTrustedSender(currentUrl, devServerUrl)) return false
  try {
    const current = new URL(currentUrl)
    const target = new URL(targetUrl)
    current.hash = ''
    target.hash = ''
    return current.href === target.href
  } catch {
    return false
  }
}
