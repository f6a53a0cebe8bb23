import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, parseCsp } from './csp'

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = parseCsp(CONTENT_SECURITY_POLICY)

  it('is exactly the policy the design specifies', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob: paperdesk-asset:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
  })

  it('allows scripts only from the app itself: no eval, no inline, no other origin', () => {
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:/)
  })

  it('shuts plugins, base rewriting, form posts and framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"])
    expect(csp.get('base-uri')).toEqual(["'none'"])
    expect(csp.get('form-action')).toEqual(["'none'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    expect(csp.get('default-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
  })

  it('lets images come from note assets and data/blob URLs, nothing remote', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'paperdesk-asset:'])
  })
})

describe('the renderer meta tag', () => {
  it('states the same policy as the header, minus frame-ancestors (which a meta tag cannot carry)', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1]
    expect(meta, 'src/renderer/index.html has a CSP meta tag').toBeDefined()
    const expected = parseCsp(CONTENT_SECURITY_POLICY)
    expected.delete('frame-ancestors')
    expect(parseCsp(meta!)).toEqual(expected)
  })
})
