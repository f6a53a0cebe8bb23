import { describe, expect, it } from 'vitest'
import { resolveLocale } from './resolve-locale'

describe('resolveLocale', () => {
  it('uses an explicit choice as is', () => {
    expect(resolveLocale('en', 'zh-CN', 'zh-CN')).toBe('en')
    expect(resolveLocale('zh-CN', 'en', 'en-US')).toBe('zh-CN')
  })

  it('follows the system locale from app.info for "system"', () => {
    expect(resolveLocale('system', 'zh-CN', 'en-US')).toBe('zh-CN')
    expect(resolveLocale('system', 'en', 'zh-CN')).toBe('en')
  })

  it('falls back to the browser language when the system locale is unknown', () => {
    expect(resolveLocale('system', undefined, 'zh-Hans-CN')).toBe('zh-CN')
    expect(resolveLocale('system', undefined, 'fr-FR')).toBe('en')
    expect(resolveLocale('system', undefined, undefined)).toBe('en')
  })
})
