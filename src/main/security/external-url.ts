const MAX_EXTERNAL_URL_LENGTH = 2048

/**
 * Whether a link may be handed to the OS (`shell.openExternal`): only https pages and mailto.
 * Everything else — file:, http:, javascript:, custom schemes that launch other apps, URLs with
 * credentials — stays refused, because the OS would act on it outside our sandbox.
 */
export function isAllowedExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'mailto:') return url.pathname.length > 0
  if (url.protocol !== 'https:') return false
  return url.hostname.length > 0 && url.username === '' && url.password === ''
}
