import { describe, expect, it } from 'vitest'
import { parseCertificate } from '../../pki/certificate'
import { orderChain } from './issuer-index'
import { longChain } from './test-support/cert-chain'

describe('ordering 2 000 certificates into a chain', () => {
  it('is linear (issuers looked up by name, not by scanning all), nearest issuer first', () => {
    const certs = longChain(2_000).map((der) => parseCertificate(der))
    const [leaf, ...others] = certs
    const started = Date.now()
    // Given farthest first: each issuer was found only after scanning nearly all the others.
    let considered = 0
    const chain = orderChain(leaf as (typeof certs)[number], [...others].reverse(), 10_000, () => {
      considered++
      return true
    })
    const ms = Date.now() - started
    expect(chain.map((c) => c.subject.text)).toEqual(others.map((c) => c.subject.text))
    // One candidate per link: pkcs12's scan weighed every certificate against the whole chain.
    expect(considered).toBe(others.length)
    expect(ms).toBeLessThan(20_000)
  }, 60_000)
})
