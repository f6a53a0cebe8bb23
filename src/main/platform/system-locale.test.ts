import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({
  app: { getPreferredSystemLanguages: () => ['zh-Hans-CN', 'en-US'], getLocale: () => 'en-US' },
}))

const { resolveUiLocale, systemLocaleTag } = await import('./system-locale')

describe('system locale', () => {
  it('takes the OS preference, or the e2e override when one is set', () => {
    expect(systemLocaleTag({})).toBe('zh-Hans-CN')
    expect(systemLocaleTag({ PAPERDESK_SYSTEM_LOCALE: 'en-US' })).toBe('en-US')
  })

  it('uses the OS language only when the user chose "system"', () => {
    expect(resolveUiLocale('system', 'zh-Hans-CN')).toBe('zh-CN')
    expect(resolveUiLocale('system', 'de-DE')).toBe('en')
    expect(resolveUiLocale('en', 'zh-Hans-CN')).toBe('en')
  })
})
