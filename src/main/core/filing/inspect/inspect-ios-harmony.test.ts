import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { filingFixtures, type FilingFixtures } from '../test-support/apk-fixtures'
import { BUNDLE_ID, IOS_LABEL, TEAM_ID } from '../test-support/ios-fixtures'
import { opensslReport, rfc2253ToApksigner } from '../test-support/tool-reports'
import { inspectFile } from './inspect-file'

let fx: FilingFixtures
beforeAll(() => {
  fx = filingFixtures()
}, 240_000)

const pemOf = (name: string) => readFileSync(fx.file(`${name}.pem`), 'utf8')

describe('inspectFile on iOS and HarmonyOS files', () => {
  it('reads an IPA: bundle ID from the binary Info.plist, the certificate from the CMS-signed profile', async () => {
    const result = await inspectFile(fx.file('app.ipa'))
    expect(result).toMatchObject({
      kind: 'ipa',
      platform: 'ios',
      packageName: BUNDLE_ID,
      versionName: '2.3.4',
      versionCode: '567',
      label: IOS_LABEL,
      schemes: [],
    })
    expect(result.profile).toEqual({
      name: 'Paperdesk Demo Distribution',
      teamId: TEAM_ID,
      teamName: 'Paperdesk Test',
      appIdName: 'Paperdesk Demo',
      kind: 'app-store',
      expires: '2036-01-02T03:04:05.000Z',
    })
    const ssl = opensslReport(pemOf('dist'))
    const [cert] = result.certificates
    expect(result.certificates).toHaveLength(1)
    expect(cert).toMatchObject({
      subject: rfc2253ToApksigner(ssl.subject),
      issuer: rfc2253ToApksigner(ssl.issuer),
      serial: ssl.serial,
      notBefore: ssl.notBefore,
      notAfter: ssl.notAfter,
      md5: ssl.md5,
      sha1: ssl.sha1,
      sha256: ssl.sha256,
      sources: ['profile'],
      selfSigned: false,
    })
    expect(cert?.serial).toBe('5EED1234ABCD')
    expect(cert?.publicKey).toMatchObject({
      algorithm: 'RSA',
      bits: 2048,
      modulusHex: ssl.modulusHex,
      exponent: '65537',
    })
    expect(cert?.publicKey.spkiSha256).toBe(ssl.spkiSha256)
    expect(result.warnings.map((w) => w.code)).toEqual(['ios-sha1-in-md5-box'])
  })

  it('warns about a development profile', async () => {
    const result = await inspectFile(fx.file('dev.ipa'))
    expect(result.profile?.kind).toBe('development')
    expect(result.warnings.map((w) => w.code)).toContain('development-profile')
  })

  it('reads an iOS .cer (DER) and says the filing wants its SHA-1', async () => {
    const result = await inspectFile(fx.file('ios-distribution.cer'))
    expect(result.kind).toBe('certificate')
    expect(result.platform).toBe('ios')
    expect(result.certificates[0]?.sha1).toBe(opensslReport(pemOf('dist')).sha1)
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'ios-sha1-in-md5-box', severity: 'warning' }),
    )
  })

  it('keeps only the leaf of a HarmonyOS .cer chain, whatever the order', async () => {
    const result = await inspectFile(fx.file('harmony-chain.cer'))
    const leaf = opensslReport(pemOf('hwleaf'))
    expect(result.platform).toBe('harmony')
    expect(result.certificates).toHaveLength(1)
    expect(result.certificates[0]).toMatchObject({
      subject: rfc2253ToApksigner(leaf.subject),
      md5: leaf.md5,
      sha256: leaf.sha256,
    })
    expect(result.certificates[0]?.subject).toContain('O=纸桌科技')
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'chain-leaf-only', values: { count: 3 } }),
    )
  })

  it('reads a PEM certificate the same as its DER form', async () => {
    const fromPem = await inspectFile(fx.file('dist.pem'))
    const fromDer = await inspectFile(fx.file('dist.der'))
    expect(fromPem.certificates).toEqual(fromDer.certificates)
  })
})
