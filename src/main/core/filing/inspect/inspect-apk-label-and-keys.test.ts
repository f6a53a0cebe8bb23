import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CertificateFacts } from '../../../../shared/contract/filing-inspect'
import {
  APP_LABEL,
  filingFixtures,
  RESOURCE_LABELS,
  type ApkName,
  type FilingFixtures,
} from '../test-support/apk-fixtures'
import { chooseLabel } from './app-label'
import { inspectFile } from './inspect-file'
import { ResourceTable } from './resource-table'
import { isAospTestKey } from './signing-key-warnings'
import { ResourceError } from './string-pool'
import { ZipReader } from './zip-reader'

let fx: FilingFixtures
beforeAll(() => {
  fx = filingFixtures()
}, 240_000)

const inspect = (name: ApkName) => inspectFile(fx.apk(name), { now: new Date() })
const codes = async (name: ApkName) => (await inspect(name)).warnings.map((w) => w.code)

describe('AOSP’s public test key', () => {
  it('warns about an APK signed with it, as it does for the debug key', async () => {
    const result = await inspect('aosp')
    expect(result.certificates[0]?.sha256).toBe(
      'A40DA80A59D170CAA950CF15C18C454D47A39B26989D8B640ECD745BA71BF5DC',
    )
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'aosp-test-key', severity: 'warning' }),
    )
    expect(await codes('debug')).not.toContain('aosp-test-key')
    expect(await codes('v1v2v3')).not.toContain('aosp-test-key')
  })

  it('warns about the test key’s certificate file too', async () => {
    const result = await inspectFile(fx.file('aosp.cert.pem'), { now: new Date() })
    expect(result.warnings.map((w) => w.code)).toContain('aosp-test-key')
  })

  it('knows the key under another certificate, and AOSP’s other keys by their subject', async () => {
    const real = (await inspect('aosp')).certificates[0] as CertificateFacts
    const reissued: CertificateFacts = {
      ...real,
      sha256: '0'.repeat(64),
      subject: 'CN=Someone',
      commonName: 'Someone',
    }
    expect(isAospTestKey(reissued)).toBe(true)
    const platformKey: CertificateFacts = {
      ...real,
      sha256: '1'.repeat(64),
      publicKey: { ...real.publicKey, spkiSha256: '2'.repeat(64) },
    }
    expect(isAospTestKey(platformKey)).toBe(true)
    const own = (await inspect('v1v2v3')).certificates[0] as CertificateFacts
    expect(isAospTestKey(own)).toBe(false)
    expect(isAospTestKey({ ...own, commonName: 'Android', subject: 'CN=Android, O=Example' })).toBe(false)
  })
})

describe('the app’s label from resources.arsc', () => {
  it('resolves @string/app_name in every locale, as aapt does, and offers the zh-CN one', async () => {
    const result = await inspect('labelled')
    const aapt = [...fx.badging('labelled').matchAll(/^application-label(?:-([\w-]+))?:'([^']*)'$/gm)].map(
      (m) => ({ locale: m[1] ?? '', value: m[2] }),
    )
    expect(result.labels).toEqual(aapt)
    expect(result.labels).toEqual(
      Object.entries(RESOURCE_LABELS).map(([locale, value]) => ({ locale, value })),
    )
    expect(result.label).toBe(APP_LABEL)
    expect(result.warnings.map((w) => w.code)).not.toContain('label-unresolved')
  })

  it('keeps an inline label as the default one', async () => {
    expect((await inspect('v1v2v3')).labels).toEqual([{ locale: '', value: APP_LABEL }])
  })

  it('prefers Simplified Chinese, then the default', () => {
    expect(
      chooseLabel([
        { locale: '', value: 'App' },
        { locale: 'zh-TW', value: '應用' },
      ]),
    ).toBe('App')
    expect(
      chooseLabel([
        { locale: 'en', value: 'App' },
        { locale: 'zh-Hans', value: '应用' },
      ]),
    ).toBe('应用')
    expect(chooseLabel([])).toBeNull()
  })

  it('refuses a damaged table with its own error, never a crash, whatever bytes it holds', async () => {
    const zip = await ZipReader.open(fx.apk('labelled'))
    const entry = zip.find('resources.arsc')
    if (!entry) throw new Error('the labelled APK has a resource table')
    const arsc = await zip.read(entry, { maxBytes: 1 << 20, maxRatio: 200 })
    const labelId = 0x7f020000
    expect(new ResourceTable(arsc).values(labelId).length).toBeGreaterThan(0)
    // Found by this property on Node 24 in CI: a type chunk cut 20 bytes into its body, so its
    // configuration's size field lies past the end (RangeError before the fix).
    const cutInConfig = Buffer.from(arsc.subarray(0, 836))
    cutInConfig[504] = 1
    expect(() => {
      const table = new ResourceTable(cutInConfig)
      for (let type = 1; type < 4; type++) table.values(0x7f000000 | (type << 16))
    }).toThrow(ResourceError)
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(arsc.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(arsc.length),
        (flips, cut) => {
          const bytes = Buffer.from(arsc.subarray(0, Math.max(cut, 12)))
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value
          try {
            const table = new ResourceTable(bytes)
            for (let type = 1; type < 4; type++) table.values(0x7f000000 | (type << 16))
          } catch (error) {
            if (!(error instanceof ResourceError)) throw error
          }
        },
      ),
      { numRuns: 3000 },
    )
  })
})
