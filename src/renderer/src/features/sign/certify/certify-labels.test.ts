import { describe, expect, it } from 'vitest'
// Tests may read shared's runtime values; the shipped renderer may not.
import { keyAlgorithms as sharedAlgorithms } from '../../../../../shared/contract/certify'
import { algorithmLabel, commonNameOf, daysInYears, keyAlgorithms } from './certify-labels'

describe('certificate labels', () => {
  it('offer exactly the contract’s key types, each with a readable name', () => {
    expect(keyAlgorithms).toEqual([...sharedAlgorithms])
    expect(keyAlgorithms.map(algorithmLabel)).toEqual(['RSA 2048', 'RSA 3072', 'ECDSA P-256'])
  })

  it('read the CN of a distinguished name, else the whole name', () => {
    expect(commonNameOf('CN=张三, O=某某科技有限公司, C=CN')).toBe('张三')
    expect(commonNameOf('C=CN, O=Acme, CN=Acme Root CA')).toBe('Acme Root CA')
    expect(commonNameOf('CN=Doe\\, Jane, O=Acme')).toBe('Doe, Jane')
    expect(commonNameOf('O=Acme')).toBe('O=Acme')
  })

  it('count a validity in calendar years, leap days included', () => {
    expect(daysInYears(1, new Date('2025-03-01T12:00:00'))).toBe(365)
    expect(daysInYears(3, new Date('2026-11-29T12:00:00'))).toBe(1096)
    expect(daysInYears(10, new Date('2026-01-01T12:00:00'))).toBeLessThanOrEqual(36_500)
  })
})
