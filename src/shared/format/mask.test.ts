import { describe, expect, it } from 'vitest'
import { maskIdNumber, maskPhone } from './mask'

describe('masking, as the form shows and the sheet prints', () => {
  it('hides the birth date of a resident ID: 4 kept at each end', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X')
    expect(maskIdNumber('110105 19491231 002X')).toBe('1101**********002X')
    expect(maskIdNumber('110105491231002')).toBe('1101*******1002')
  })

  it('keeps 2 at each end of a shorter number, and hides 6 characters or fewer entirely', () => {
    expect(maskIdNumber('E12345678')).toBe('E1*****78')
    expect(maskIdNumber('123456')).toBe('******')
    expect(maskIdNumber('')).toBe('')
  })

  it('keeps a phone’s first 3 and last 4 digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000')
    expect(maskPhone('138-0013-8000')).toBe('138****8000')
    expect(maskPhone('010 6552 9988')).toBe('010****9988')
    expect(maskPhone('123456')).toBe('******')
  })
})
