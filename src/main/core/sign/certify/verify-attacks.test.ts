import { describe, expect, it } from 'vitest'
import {
  contentSwapLooseRange,
  contentSwapOwnSignature,
  selfSigned,
  sharedRangeReason,
  signedOnce,
  xrefPointsBack,
} from './test-support/attack-pdfs'
import { verifyPdf } from './verify-pdf'

const verify = (bytes: Buffer) => verifyPdf('attack.pdf', bytes, { trusted: [] })

describe('a signed PDF changed after signing cannot pass as signed', () => {
  const signer = selfSigned('张三')

  it('new page content plus a loose /ByteRange dictionary to the end: changed after signing, exit 1', async () => {
    const bytes = await contentSwapLooseRange(await signedOnce(signer))
    const report = await verify(bytes)
    // The loose dictionary is no signature: no field of the form names it.
    expect(report.signatures).toHaveLength(1)
    expect(report.signatures[0]).toMatchObject({ valid: true, appended: 'changes', reason: '同意' })
  })

  it('the same with the attacker’s own certificate under the same name: still changed, exit 1', async () => {
    const bytes = await contentSwapOwnSignature(await signedOnce(signer), selfSigned('张三'))
    const report = await verify(bytes)
    expect(report.signatures).toHaveLength(1)
    expect(report.signatures[0]).toMatchObject({ valid: true, appended: 'changes' })
  })

  it('a second field sharing the first range signs nothing: its /Reason is never shown', async () => {
    const bytes = await sharedRangeReason(await signedOnce(signer))
    const report = await verify(bytes)
    expect(report.signatures.map((s) => [s.fieldName, s.valid, s.reason])).toEqual([
      ['Signature1', true, '同意'],
      ['Approval', false, null],
    ])
    expect(JSON.stringify(report)).not.toContain('同意支付一百万')
  })

  it('a second signature appended without other changes keeps the first one "signatures only", exit 0', async () => {
    const bytes = await signedOnce(selfSigned('李四'), await signedOnce(signer))
    const report = await verify(bytes)
    expect(report.signatures.map((s) => [s.valid, s.appended])).toEqual([
      [true, 'signatures'],
      [true, 'nothing'],
    ])
  })

  it('an appended xref that sends readers back to an older definition is a change', async () => {
    const report = await verify(await xrefPointsBack(signer))
    expect(report.signatures[0]).toMatchObject({ valid: true, appended: 'changes' })
  })
})
