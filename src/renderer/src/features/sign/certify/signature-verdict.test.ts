import { describe, expect, it } from 'vitest'
import type { SignatureReport } from '../../../../../shared/contract/certify'
import { readSignature } from './signature-verdict'

const good: SignatureReport = {
  fieldName: 'Signature1',
  subFilter: 'adbe.pkcs7.detached',
  signer: 'CN=张三, O=某某科技有限公司',
  signerName: '张三',
  issuer: 'CN=张三, O=某某科技有限公司',
  signedAt: '2025-01-01T00:00:00.000Z',
  digestAlgorithm: 'sha256',
  signatureAlgorithm: 'rsa',
  valid: true,
  digestMatches: true,
  signatureValid: true,
  coveredBytes: 1000,
  coversWholeFile: true,
  modifiedAfter: false,
  appended: 'nothing',
  validAtSigning: true,
  trusted: false,
  selfSigned: true,
  expiredNow: false,
  reason: null,
  location: null,
  contact: null,
  problem: null,
  chain: [],
  record: null,
}

describe('reading a signature report', () => {
  it('an intact self-signed signature over the whole file is valid, not trusted', () => {
    expect(readSignature(good)).toEqual({
      tone: 'good',
      verdict: 'valid',
      covers: 'whole',
      certificate: 'validAtSigning',
      trust: 'selfSigned',
      canTrust: false,
    })
  })

  it('later signatures keep it valid; other later changes are a warning', () => {
    expect(readSignature({ ...good, appended: 'signatures', coversWholeFile: false })).toMatchObject({
      tone: 'good',
      covers: 'laterSignatures',
    })
    expect(
      readSignature({ ...good, appended: 'changes', coversWholeFile: false, modifiedAfter: true }),
    ).toMatchObject({ tone: 'warn', verdict: 'validChanged', covers: 'changed' })
  })

  it('bytes changed under the signature, or a signature that does not check out, are invalid', () => {
    expect(readSignature({ ...good, valid: false, digestMatches: false })).toMatchObject({
      tone: 'bad',
      verdict: 'invalidChanged',
    })
    expect(readSignature({ ...good, valid: false, signatureValid: false })).toMatchObject({
      tone: 'bad',
      verdict: 'invalidSignature',
    })
  })

  it('an expired certificate at signing time is a warning; trust is read as given', () => {
    expect(readSignature({ ...good, validAtSigning: false })).toMatchObject({
      tone: 'warn',
      certificate: 'invalidAtSigning',
    })
    expect(readSignature({ ...good, trusted: true }).trust).toBe('trusted')
    expect(readSignature({ ...good, selfSigned: false }).trust).toBe('untrusted')
  })

  it('a tampered or invalid signature is never "valid, not trusted" and offers no trust', () => {
    const chain = [{} as SignatureReport['chain'][number]]
    expect(readSignature({ ...good, chain }).canTrust).toBe(true)
    for (const bad of [
      { ...good, chain, valid: false, digestMatches: false },
      { ...good, chain, valid: false, signatureValid: false },
    ])
      expect(readSignature(bad)).toMatchObject({ trust: 'invalid', canTrust: false })
  })

  it('"covers" describes the byte range, not the digest', () => {
    // Tampered inside a range that spans the whole file: the range still covers it all.
    expect(readSignature({ ...good, valid: false, digestMatches: false }).covers).toBe('whole')
    expect(
      readSignature({ ...good, appended: 'signatures', coversWholeFile: false, valid: false }).covers,
    ).toBe('laterSignatures')
    expect(readSignature({ ...good, appended: 'changes', coversWholeFile: false }).covers).toBe('changed')
  })
})
