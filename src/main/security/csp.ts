/**
 * The renderer's Content-Security-Policy. Sent as a header by the app:// protocol handler and
 * repeated as a meta tag in index.html (a test in the renderer can compare the two).
 * No 'unsafe-eval' and no inline scripts; inline styles stay because CKEditor sets style attributes.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'paperdesk-asset:'],
  'font-src': ["'self'", 'data:'],
  // The renderer fetches nothing from paperdesk-asset: (documents and notes show it as images).
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
})

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ')

/** Parses a policy string into directive → sources, for tests and for comparing with the meta tag. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name.toLowerCase(), sources)
  }
  return directives
}
