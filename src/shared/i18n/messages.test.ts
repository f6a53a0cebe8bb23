import { describe, expect, it } from 'vitest'
import { backupProblems, errorCodes } from '../errors'
import { matchLocale, messages, translate } from './index'

function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node === 'string') return { [prefix]: node }
  return Object.entries(node as Record<string, unknown>).reduce<Record<string, string>>(
    (all, [key, value]) => ({ ...all, ...flatten(value, prefix ? `${prefix}.${key}` : key) }),
    {},
  )
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('UI strings', () => {
  const en = flatten(messages.en)
  const zh = flatten(messages['zh-CN'])

  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
  })

  it('are never empty and use the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(en[key]?.trim(), key).not.toBe('')
      expect(zh[key]?.trim(), key).not.toBe('')
      expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(en[key] ?? ''))
    }
  })

  it('translate every error code and every reason a backup is refused', () => {
    for (const code of errorCodes) expect(en[`errors.${code}`], code).toBeDefined()
    for (const reason of backupProblems) expect(zh[`errors.reasons.${reason}`], reason).toBeDefined()
  })

  it('are really translated: the Chinese navigation is Chinese', () => {
    for (const key of Object.keys(en).filter((k) => k.startsWith('nav.'))) {
      expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('choose plural forms by count, also where i18next is not loaded', () => {
    expect(translate('en', 'notes.export.doneNotes', { count: 1 })).toBe('1 note')
    expect(translate('en', 'notes.export.donePages', { count: 3 })).toBe('3 pages')
    expect(translate('en', 'notes.list.emptied', { count: 1 })).toBe('Deleted 1 note for good.')
    expect(translate('zh-CN', 'notes.export.donePages', { count: 1 })).toBe('1 页')
  })

  it('fill placeholders and map OS locales onto shipped ones', () => {
    expect(translate('zh-CN', 'settings.version', { version: '1.2.3' })).toBe('版本 1.2.3')
    expect(translate('en', 'no.such.key')).toBe('no.such.key')
    expect(matchLocale('zh-Hans-CN')).toBe('zh-CN')
    expect(matchLocale('zh_TW')).toBe('zh-CN')
    expect(matchLocale('en-GB')).toBe('en')
    expect(matchLocale('fr-FR')).toBe('en')
    expect(matchLocale(undefined)).toBe('en')
  })
})
