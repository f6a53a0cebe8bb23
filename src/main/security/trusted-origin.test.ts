import { describe, expect, it } from 'vitest'
import { isAllowedNavigation, isTrustedSender } from './trusted-origin'

const DEV = 'http://localhost:5173/'

describe('isTrustedSender', () => {
  it('trusts our app:// renderer, any path or hash', () => {
    expect(isTrustedSender('app://paperdesk/index.html')).toBe(true)
    expect(isTrustedSender('app://paperdesk/index.html#/settings')).toBe(true)
    expect(isTrustedSender('APP://PAPERDESK/index.html')).toBe(true)
  })

  it.each([
    'app://evil/index.html',
    'app://paperdesk.evil.com/index.html',
    'file:///work/out/renderer/index.html',
    'https://paperdesk/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,hi',
    '',
    'garbage',
  ])('does not trust %s in production', (url) => {
    expect(isTrustedSender(url)).toBe(false)
  })

  it('trusts the dev server origin only when one is configured, and only that origin', () => {
    expect(isTrustedSender('http://localhost:5173/#/notes', DEV)).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', DEV)).toBe(false)
    expect(isTrustedSender('http://127.0.0.1:5173/', DEV)).toBe(false)
    expect(isTrustedSender('https://localhost:5173/', DEV)).toBe(false)
  })

  it('handles a missing URL', () => {
    expect(isTrustedSender(null)).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
  })
})

describe('isAllowedNavigation', () => {
  const home = 'app://paperdesk/index.html#/notes'

  it('allows a hash change within the same document', () => {
    expect(isAllowedNavigation(home, 'app://paperdesk/index.html#/settings')).toBe(true)
    expect(isAllowedNavigation(home, 'app://paperdesk/index.html')).toBe(true)
  })

  it.each([
    'app://paperdesk/other.html#/settings',
    'app://paperdesk/index.html?x=1#/settings',
    'https://example.com/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'about:blank',
  ])('denies %s', (target) => {
    expect(isAllowedNavigation(home, target)).toBe(false)
  })

  it('denies navigation from a page that is not ours', () => {
    expect(isAllowedNavigation('https://example.com/', 'https://example.com/#x')).toBe(false)
  })

  it('allows hash navigation on the dev server only when it is configured', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/a', 'http://localhost:5173/#/b', DEV)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5173/#/a', 'http://localhost:5173/#/b')).toBe(false)
  })
})
