import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl } from './external-url'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://beian.miit.gov.cn/',
    'https://example.com/path?q=1#x',
    'mailto:someone@example.com',
    'mailto:someone@example.com?subject=Hi',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    'http://example.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://paperdesk/index.html',
    'paperdesk-asset://x/1',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/etc/passwd',
    'https://user:pass@example.com/',
    'https://',
    'mailto:',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it('refuses non-strings', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false)
    expect(isAllowedExternalUrl({ href: 'https://example.com' })).toBe(false)
  })
})
