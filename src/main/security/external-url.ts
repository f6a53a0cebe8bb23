const MAX_EXTERNAL_URL_LENGTH = 2048

/** The only mailto parameters a link may carry: no `attach=`, no headers that act on the user's behalf. */
const MAILTO_PARAMS = new Set(['subject', 'body', 'cc', 'bcc'])

/**
 * The URL to hand to the OS (`shell.openExternal`), normalised, or null when it may not go: only
 * https pages and mailto. Everything else — file:, http:, javascript:, custom schemes that launch
 * other apps, URLs with credentials, mailto with attachments — stays refused, because the OS
 * would act on it outside our sandbox. The caller opens the returned `href`, never the raw string,
 * so what was checked is what is opened.
 */
export function externalUrlToOpen(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.href.length > MAX_EXTERNAL_URL_LENGTH) return null
  if (url.protocol === 'mailto:') {
    if (url.pathname.length === 0) return null
    const names = [...url.searchParams.keys()].map((k) => k.toLowerCase())
    return names.every((n) => MAILTO_PARAMS.has(n)) ? url.href : null
  }
  if (url.protocol !== 'https:') return null
  return url.hostname.length > 0 && url.username === '' && url.password === '' ? url.href : null
}

/** Whether `externalUrlToOpen` lets this link go at all. */
export function isAllowedExternalUrl(raw: unknown): boolean {
  return externalUrlToOpen(raw) !== null
}
