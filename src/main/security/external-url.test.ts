import { describe, expect, it } from 'vitest'
import { externalUrlToOpen, isAllowedExternalUrl } from './external-url'

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://beian.miit.gov.cn/',
    'https://example.com/path?q=1#x',
    'mailto:someone@example.com',
    'mailto:someone@example.com?subject=Hi',
    'mailto:a@example.com?subject=Hi&body=There&cc=b@example.com&bcc=c@example.com',
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
    'mailto:a@example.com?attach=/etc/passwd',
    'mailto:a@example.com?subject=x&Attach=~/.ssh/id_rsa',
    'mailto:a@example.com?x-header=1',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it('refuses non-strings', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false)
    expect(isAllowedExternalUrl({ href: 'https://example.com' })).toBe(false)
  })
})

describe('externalUrlToOpen', () => {
  it('gives the normalised href, so what was checked is what opens', () => {
    expect(externalUrlToOpen('HTTPS://Example.COM/a b')).toBe('https://example.com/a%20b')
    expect(externalUrlToOpen('https://example.com\\@evil.com/')).toBe('https://example.com/@evil.com/')
    expect(externalUrlToOpen(' https://example.com/x')).toBe('https://example.com/x')
  })
})
