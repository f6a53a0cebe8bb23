import { describe, expect, it } from 'vitest'
import { fingerprintLayouts } from '../../../../../shared/contract/filing'
import { defaultHash, fingerprintFormats, formatFingerprint } from './formats'

describe('fingerprint formats', () => {
  const md5 = '82DAA0C266AB215F4AA5D30692FAE773'
  it('gives every layout the reference lists', () => {
    expect(formatFingerprint(md5, 'colons')).toBe('82:DA:A0:C2:66:AB:21:5F:4A:A5:D3:06:92:FA:E7:73')
    expect(formatFingerprint(md5, 'upper')).toBe(md5)
    expect(formatFingerprint(md5, 'lower')).toBe('82daa0c266ab215f4aa5d30692fae773')
    expect(formatFingerprint(md5, 'spaces')).toBe('82 DA A0 C2 66 AB 21 5F 4A A5 D3 06 92 FA E7 73')
  })
  it('offers shared’s layouts, in order', () => {
    expect(fingerprintFormats).toEqual([...fingerprintLayouts])
  })
  it('puts the SHA-1 in the MD5 box for iOS only', () => {
    expect(defaultHash('ios')).toBe('sha1')
    expect(defaultHash('android')).toBe('md5')
  })
})
