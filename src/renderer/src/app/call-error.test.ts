import { describe, expect, it } from 'vitest'
import { toCallError } from './call-error'

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
