import { describe, expect, it } from 'vitest'
import { displayFingerprint, displayPhone } from './display-values'

describe('stored values laid out for reading', () => {
  it('groups a mainland mobile 3-4-4 and leaves other numbers alone', () => {
    expect(displayPhone('13800138000')).toBe('138 0013 8000')
    expect(displayPhone('+86 138-0013-8000')).toBe('138 0013 8000')
    expect(displayPhone('+85291234567')).toBe('+85291234567')
    expect(displayPhone('')).toBe('')
  })

  it('shows a canonical fingerprint in the user’s layout, and text that is not one as typed', () => {
    const md5 = '82DAA0C266AB215F4AA5D30692FAE773'
    expect(displayFingerprint(md5, 'colons')).toBe('82:DA:A0:C2:66:AB:21:5F:4A:A5:D3:06:92:FA:E7:73')
    expect(displayFingerprint(md5, 'lower')).toBe('82daa0c266ab215f4aa5d30692fae773')
    expect(displayFingerprint('82:da', 'upper')).toBe('82:da')
  })
})
