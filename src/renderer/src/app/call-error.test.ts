import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { reasonI18nKey } from '../../../shared/errors'
import { describeError, reasonKey, toCallError } from './call-error'

describe('toCallError', () => {
  it('passes the contract envelope through', () => {
    expect(toCallError({ code: 'INVALID_BACKUP', message: 'not a database' })).toEqual({
      code: 'INVALID_BACKUP',
      message: 'not a database',
    })
  })

  it('keeps details when present', () => {
    const details = { issues: [{ path: ['name'] }] }
    expect(toCallError({ code: 'VALIDATION', message: 'bad name', details })).toEqual({
      code: 'VALIDATION',
      message: 'bad name',
      details,
    })
  })

  it('turns a stray Error into INTERNAL with its message', () => {
    expect(toCallError(new TypeError('x is undefined'))).toEqual({
      code: 'INTERNAL',
      message: 'x is undefined',
    })
  })

  it('does not trust an unknown code', () => {
    expect(toCallError({ code: 'EVIL', message: 'hi' })).toEqual({ code: 'INTERNAL', message: 'hi' })
  })

  it('handles an Error that carries a known code like an envelope', () => {
    const err = Object.assign(new Error('gone'), { code: 'NOT_FOUND' })
    expect(toCallError(err)).toEqual({ code: 'NOT_FOUND', message: 'gone' })
  })

  it('handles strings, null and undefined', () => {
    expect(toCallError('boom')).toEqual({ code: 'INTERNAL', message: 'boom' })
    expect(toCallError(null).code).toBe('INTERNAL')
    expect(toCallError(undefined).code).toBe('INTERNAL')
  })
})

describe('reasons', () => {
  it('maps a shell reason and a tool reason onto their i18n keys', () => {
    expect(reasonKey({ code: 'INVALID_BACKUP', message: 'x', details: { reason: 'not-sqlite' } })).toBe(
      'errors.reasons.not-sqlite',
    )
    expect(reasonKey({ code: 'INVALID_FILE', message: 'x', details: { reason: 'sign.pixel-bomb' } })).toBe(
      'sign.reasons.pixel-bomb',
    )
    expect(reasonKey({ code: 'INVALID_FILE', message: 'x', details: { reason: '../../x' } })).toBeUndefined()
  })

  it('agrees with shared’s reasonI18nKey', () => {
    for (const reason of ['not-sqlite', 'notes.import-binary', 'filing.id-checksum', 'Bad', 'a.b.c', '']) {
      const error = { code: 'INVALID_FILE' as const, message: 'x', details: { reason } }
      expect(reasonKey(error), reason).toBe(reasonI18nKey(reason))
    }
  })

  it('describes an error with its reason’s text, placeholders filled from the details', () => {
    const translate = (key: string, options: Record<string, unknown> = {}) =>
      key === 'sign.reasons.pixel-bomb'
        ? `more than ${String(options['limit'])} pixels`
        : key === 'errors.INVALID_FILE'
          ? `cannot use: ${String(options['message'])}`
          : String(options['defaultValue'] ?? key)
    const error = {
      code: 'INVALID_FILE',
      message: 'too big',
      details: { reason: 'sign.pixel-bomb', limit: 5 },
    }
    const t = translate as unknown as TFunction
    expect(describeError(t, error)).toBe('cannot use: more than 5 pixels')
    expect(describeError(t, { code: 'INVALID_FILE', message: 'plain' })).toBe('cannot use: plain')
  })

  it('drops a reason’s own full stop where the code’s text goes on after it (no "。。")', async () => {
    const { default: i18n } = await import('i18next')
    const { messages } = await import('../../../shared/i18n')
    const zh = i18n.createInstance()
    await zh.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: messages['zh-CN'] } } })
    const error = {
      code: 'INVALID_FILE',
      message: 'x.apk is empty.',
      details: { reason: 'filing.file-empty', name: 'x.apk' },
    }
    expect(describeError(zh.t, error)).toBe('无法使用该文件：x.apk 是空文件。未写入任何内容。')
  })
})
