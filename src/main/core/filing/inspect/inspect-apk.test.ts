import { beforeAll, describe, expect, it } from 'vitest'
import type { InspectResult } from '../../../../shared/contract/filing-inspect'
import {
  APP_LABEL,
  apks,
  filingFixtures,
  PACKAGE_NAME,
  VERSION_CODE,
  VERSION_NAME,
  type ApkName,
  type FilingFixtures,
  type KeyName,
} from '../test-support/apk-fixtures'
import { opensslReport, parseApksigner, rfc2253ToApksigner } from '../test-support/tool-reports'
import { inspectFile } from './inspect-file'

let fx: FilingFixtures
beforeAll(() => {
  fx = filingFixtures()
}, 240_000)

const inspect = (name: ApkName) => inspectFile(fx.apk(name), { now: new Date() })

/** The key whose certificate signs each APK's newest scheme (apksigner's "Signer #1"). */
const signingKey: Record<ApkName, KeyName> = {
  v1v2v3: 'rsa',
  v2only: 'rsa',
  v3only: 'rsa',
  v1only: 'rsa',
  ec: 'ec',
  dsa: 'dsa',
  debug: 'debug',
  twoSigners: 'rsa',
  rotated: 'rsa2',
  aosp: 'aosp',
  labelled: 'rsa',
}

describe('inspectFile on real APKs signed by apksigner', () => {
  it.each(Object.keys(apks) as ApkName[])(
    '%s: every field equals apksigner, openssl and the manifest',
    async (name) => {
      const result = await inspect(name)
      const report = parseApksigner(fx.apksignerOutput(name))
      expect(report.verifies).toBe(true)

      // aapt reads the same binary manifest independently.
      const badging = fx.badging(name)
      const quoted = (re: RegExp) => re.exec(badging)?.[1]
      expect(result.packageName).toBe(quoted(/package: name='([^']+)'/))
      expect(result.versionCode).toBe(quoted(/versionCode='([^']+)'/))
      expect(result.versionName).toBe(quoted(/versionName='([^']+)'/))
      expect(String(result.minSdk)).toBe(quoted(/sdkVersion:'(\d+)'/))
      expect(String(result.targetSdk)).toBe(quoted(/targetSdkVersion:'(\d+)'/))

      expect(result.kind).toBe('apk')
      expect(result.platform).toBe('android')
      expect(result.packageName).toBe(PACKAGE_NAME)
      expect(result.versionCode).toBe(VERSION_CODE)
      expect(result.versionName).toBe(VERSION_NAME)
      expect(result.label).toBe(APP_LABEL)
      expect(result.minSdk).toBe(18)
      expect(result.targetSdk).toBe(29)

      const recipe = apks[name]
      const expectedSchemes = (['v1', 'v2', 'v3'] as const).filter((s) => recipe[s])
      expect(result.schemes).toEqual(expectedSchemes)
      // apksigner verified exactly the schemes present (every recipe's min SDK lets it verify v1).
      for (const s of ['v1', 'v2', 'v3'] as const) expect(report.schemes[s], s).toBe(recipe[s])

      // apksigner's signers are ours, in its order, with the same DN, digests and key facts.
      const first = result.certificates[0] as InspectResult['certificates'][number]
      const signer = report.signers[0]
      expect(signer).toBeDefined()
      expect(first.subject).toBe(signer?.dn)
      expect(first.md5).toBe(signer?.md5)
      expect(first.sha1).toBe(signer?.sha1)
      expect(first.sha256).toBe(signer?.sha256)
      expect(first.publicKey.algorithm).toBe(signer?.keyAlgorithm)
      expect(first.publicKey.bits).toBe(signer?.keySize)
      expect(first.publicKey.spkiSha256).toBe(signer?.publicKeySha256)
      for (const other of report.signers.slice(1)) {
        expect(result.certificates.map((c) => c.sha256)).toContain(other.sha256)
      }

      // openssl on the key's certificate (exported by keytool) agrees on everything else.
      const pem = fx.keyCertificatePem(signingKey[name])
      const ssl = opensslReport(pem)
      expect(first.subject).toBe(rfc2253ToApksigner(ssl.subject))
      expect(first.issuer).toBe(rfc2253ToApksigner(ssl.issuer))
      expect(first.serial).toBe(ssl.serial)
      expect(first.notBefore).toBe(ssl.notBefore)
      expect(first.notAfter).toBe(ssl.notAfter)
      expect([first.md5, first.sha1, first.sha256]).toEqual([ssl.md5, ssl.sha1, ssl.sha256])
      expect(first.publicKey.modulusHex).toBe(ssl.modulusHex)
      expect(first.publicKey.exponent).toBe(ssl.exponent)
      if (ssl.modulusHex)
        expect(first.publicKey.modulusDecimal).toBe(BigInt(`0x${ssl.modulusHex}`).toString(10))
      else expect(first.publicKey.modulusDecimal).toBeNull()
      expect(first.publicKey.bits).toBe(ssl.bits)
      expect(first.publicKey.pem).toBe(ssl.publicKeyPem)
      expect(first.publicKey.spkiSha256).toBe(ssl.spkiSha256)
      expect(first.pem.replace(/\s+/g, '')).toBe(pem.replace(/\s+/g, ''))
      expect(first.selfSigned).toBe(true)
    },
  )

  it('names the schemes each certificate came from', async () => {
    expect((await inspect('v1v2v3')).certificates.map((c) => c.sources)).toEqual([['v3', 'v2', 'v1']])
    expect((await inspect('v2only')).certificates.map((c) => c.sources)).toEqual([['v2']])
    expect((await inspect('v3only')).certificates.map((c) => c.sources)).toEqual([['v3']])
  })

  it('warns that keytool sees nothing in a v2/v3-only APK, and not otherwise', async () => {
    const codes = async (name: ApkName) => (await inspect(name)).warnings.map((w) => w.code)
    expect(await codes('v2only')).toContain('no-v1-signature')
    expect(await codes('v3only')).toContain('no-v1-signature')
    expect(await codes('v1v2v3')).toEqual([])
  })

  it('warns about the debug certificate', async () => {
    const result = await inspect('debug')
    expect(result.certificates[0]?.commonName).toBe('Android Debug')
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'debug-certificate', severity: 'warning' }),
    )
  })

  it('reads EC and DSA keys: no modulus, the curve for EC', async () => {
    const ec = (await inspect('ec')).certificates[0]?.publicKey
    expect(ec).toMatchObject({
      algorithm: 'EC',
      bits: 256,
      curve: 'prime256v1',
      modulusHex: null,
      exponent: null,
    })
    const dsa = (await inspect('dsa')).certificates[0]?.publicKey
    expect(dsa).toMatchObject({ algorithm: 'DSA', bits: 2048, curve: null, modulusHex: null })
  })

  it('lists both signers of a two-signer APK and warns', async () => {
    const result = await inspect('twoSigners')
    const report = parseApksigner(fx.apksignerOutput('twoSigners'))
    expect(report.signers).toHaveLength(2)
    expect(result.certificates.map((c) => c.sha256).sort()).toEqual(
      report.signers.map((s) => s.sha256).sort(),
    )
    expect(result.warnings.map((w) => w.code)).toContain('several-signers')
  })

  it('shows a rotated key: the v3 signer first, the older key from v1/v2 and the lineage after', async () => {
    const result = await inspect('rotated')
    const [current, previous] = result.certificates
    expect(current?.subject).toContain('北京测试科技有限公司')
    expect(current?.sources).toEqual(['v3'])
    expect(previous?.subject).toBe('CN=Fixture, O=Paperdesk, C=CN')
    expect(previous?.sources).toEqual(expect.arrayContaining(['rotation', 'v2', 'v1']))
    expect(result.warnings.map((w) => w.code)).toContain('key-rotation')
  })

  it('warns when a certificate expires soon or has expired', async () => {
    const notAfter = Date.parse((await inspect('v1v2v3')).certificates[0]?.notAfter ?? '')
    const soon = await inspectFile(fx.apk('v1v2v3'), { now: new Date(notAfter - 10 * 86_400_000) })
    expect(soon.warnings).toContainEqual(
      expect.objectContaining({
        code: 'certificate-expiring',
        values: expect.objectContaining({ days: 10 }),
      }),
    )
    const late = await inspectFile(fx.apk('v1v2v3'), { now: new Date(notAfter + 86_400_000) })
    expect(late.warnings.map((w) => w.code)).toContain('certificate-expired')
  })
})
