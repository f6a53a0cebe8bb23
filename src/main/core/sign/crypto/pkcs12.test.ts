import { randomBytes, X509Certificate } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/app-error'
import { readPkcs12 } from './index'
import { rc2CbcDecrypt } from './rc2'
import { children, type DerElement, readElement } from '../../asn1/der'
import { OpensslWorkspace } from './test-support/openssl'

const work = new OpensslWorkspace()
const legacy = work.hasLegacyProvider()
beforeAll(() => {
  work.ca('root')
  work.leaf('rsa-leaf', 'root', 'rsa')
  work.leaf('ec-leaf', 'root', 'ec')
})
afterAll(() => work.cleanup())

function exportP12(
  name: string,
  base: string,
  password: string,
  extra: string[] = [],
  withChain = true,
): Buffer {
  work.run([
    'pkcs12',
    '-export',
    '-in',
    `${base}.pem`,
    '-inkey',
    `${base}.key`,
    ...(withChain ? ['-certfile', 'root.pem'] : []),
    '-passout',
    `pass:${password}`,
    '-out',
    name,
    ...extra,
  ])
  return work.read(name)
}

function failure(fn: () => unknown): { code: string; reason: string; message: string } {
  try {
    fn()
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    return { code: error.code, reason: (error.details as { reason: string }).reason, message: error.message }
  }
  throw new Error('expected a failure')
}

function expectIdentity(read: ReturnType<typeof readPkcs12>, base: string, chain: boolean): void {
  expect(read.certificate.equals(work.der(`${base}.pem`))).toBe(true)
  expect(new X509Certificate(read.certificate).checkPrivateKey(read.privateKey)).toBe(true)
  expect(read.chain.map((c) => c.toString('hex'))).toEqual(
    chain ? [work.der('root.pem').toString('hex')] : [],
  )
}

describe('readPkcs12', () => {
  it('reads OpenSSL 3’s default (PBES2 AES-256, HMAC-SHA-256) with its chain, RSA and EC', () => {
    const p12 = exportP12('default.p12', 'rsa-leaf', 'secret')
    const info = work.run([
      'pkcs12',
      '-in',
      'default.p12',
      '-info',
      '-noout',
      '-passin',
      'pass:secret',
    ]).stderr
    expect(info).toContain('PBES2')
    expect(info).toMatch(/MAC: sha256/)
    expectIdentity(readPkcs12(p12, 'secret'), 'rsa-leaf', true)
    expectIdentity(readPkcs12(exportP12('ec.p12', 'ec-leaf', 'secret'), 'secret'), 'ec-leaf', true)
  })

  it('reads 3DES with a SHA-1 MAC', () => {
    const args = ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']
    expectIdentity(readPkcs12(exportP12('3des.p12', 'ec-leaf', 'pw', args, false), 'pw'), 'ec-leaf', false)
    expectIdentity(readPkcs12(exportP12('3des-rsa.p12', 'rsa-leaf', 'pw', args), 'pw'), 'rsa-leaf', true)
  })

  it.skipIf(!legacy)('reads `-legacy` files (certificates under 40-bit RC2)', () => {
    const p12 = exportP12('legacy.p12', 'rsa-leaf', 'old', ['-legacy'])
    const info = work.run([
      'pkcs12',
      '-legacy',
      '-in',
      'legacy.p12',
      '-info',
      '-noout',
      '-passin',
      'pass:old',
    ]).stderr
    expect(info).toContain('pbeWithSHA1And40BitRC2-CBC')
    expectIdentity(readPkcs12(p12, 'old'), 'rsa-leaf', true)
    expectIdentity(
      readPkcs12(exportP12('legacy-ec.p12', 'ec-leaf', 'old', ['-legacy'], false), 'old'),
      'ec-leaf',
      false,
    )
  })

  it.skipIf(!legacy)('names an algorithm it does not read (RC4)', () => {
    const p12 = exportP12('rc4.p12', 'rsa-leaf', 'pw', ['-legacy', '-keypbe', 'PBE-SHA1-RC4-128'])
    const error = failure(() => readPkcs12(p12, 'pw'))
    expect(error.reason).toBe('certify.p12-unsupported')
    expect(error.code).toBe('INVALID_FILE')
    expect(error.message).toContain('1.2.840.113549.1.12.1.1')
  })

  it('accepts empty and non-ASCII passwords, unencrypted bags and no MAC', () => {
    expectIdentity(readPkcs12(exportP12('empty.p12', 'rsa-leaf', ''), ''), 'rsa-leaf', true)
    expectIdentity(readPkcs12(exportP12('zh.p12', 'ec-leaf', '密码123'), '密码123'), 'ec-leaf', true)
    const plain = exportP12('plain.p12', 'ec-leaf', 'pw', ['-keypbe', 'NONE', '-certpbe', 'NONE'])
    expectIdentity(readPkcs12(plain, 'pw'), 'ec-leaf', true)
    const noMac = exportP12('nomac.p12', 'rsa-leaf', 'pw', ['-nomac'])
    expectIdentity(readPkcs12(noMac, 'pw'), 'rsa-leaf', true)
    expect(failure(() => readPkcs12(noMac, 'wrong')).reason).toBe('certify.p12-wrong-password')
  })

  it('refuses a wrong password, a changed file, and what is not a PKCS#12', () => {
    const p12 = exportP12('pw.p12', 'rsa-leaf', 'right')
    const wrong = failure(() => readPkcs12(p12, 'wrong'))
    expect(wrong).toMatchObject({ code: 'VALIDATION', reason: 'certify.p12-wrong-password' })
    expect(wrong.message).not.toContain('wrong\u0000')
    const changed = Buffer.from(p12)
    flipBit(changed, Math.floor(changed.length / 2))
    expect(failure(() => readPkcs12(changed, 'right')).reason).toMatch(
      /certify\.p12-(wrong-password|not-p12)/,
    )

    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n')
    for (const bad of [randomBytes(512), pdf, Buffer.alloc(0), work.der('root.pem')]) {
      expect(failure(() => readPkcs12(bad, 'x'))).toMatchObject({
        code: 'INVALID_FILE',
        reason: 'certify.p12-not-p12',
      })
    }
  })

  it('refuses a file with certificates but no key', () => {
    work.run(['pkcs12', '-export', '-nokeys', '-in', 'root.pem', '-passout', 'pass:pw', '-out', 'nokey.p12'])
    expect(failure(() => readPkcs12(work.read('nokey.p12'), 'pw')).reason).toBe('certify.p12-no-key')
  })
})

describe('a damaged .p12 MAC', () => {
  it('reads a file made with a high iteration count, and refuses millions at once', () => {
    const p12 = Buffer.from(exportP12('iter.p12', 'ec-leaf', 'pw', ['-iter', '200000']))
    expectIdentity(readPkcs12(p12, 'pw'), 'ec-leaf', true)
    const crafted = Buffer.from(exportP12('iter65536.p12', 'ec-leaf', 'pw', ['-iter', '65536']))
    const [, , mac] = children(readElement(crafted))
    const count = children(mac as DerElement)[2] as DerElement
    // 65 536 (01 00 00) becomes 8 388 607 (7f ff ff): the fuzzer kept such a file busy for a minute.
    crafted.set([0x7f, 0xff, 0xff], count.contentStart)
    const started = Date.now()
    expect(failure(() => readPkcs12(crafted, 'pw'))).toMatchObject({
      code: 'INVALID_FILE',
      reason: 'certify.p12-unsupported',
    })
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('is a damaged file (INVALID_FILE), not an internal error', () => {
    const p12 = Buffer.from(exportP12('mac.p12', 'ec-leaf', 'pw'))
    const [, , mac] = children(readElement(p12))
    // MacData made primitive: the same bytes, no longer a SEQUENCE (the fuzzer's find).
    p12[(mac as DerElement).start] = 0x04
    expect(failure(() => readPkcs12(p12, 'pw'))).toMatchObject({
      code: 'INVALID_FILE',
      reason: 'certify.p12-not-p12',
    })
  })
})

describe('rc2CbcDecrypt', () => {
  it.skipIf(!legacy)('decrypts what openssl’s RC2 encrypts, 40 and 128 bits', () => {
    const plain = randomBytes(301)
    work.write('plain.bin', plain)
    const iv = '0001020304050607'
    for (const [cipher, key, bits] of [
      ['rc2-40-cbc', '0102030405', 40],
      ['rc2-cbc', '00112233445566778899aabbccddeeff', 128],
    ] as const) {
      work.run([
        'enc',
        '-e',
        `-${cipher}`,
        '-K',
        key,
        '-iv',
        iv,
        '-provider',
        'legacy',
        '-provider',
        'default',
        '-in',
        'plain.bin',
        '-out',
        'rc2.bin',
      ])
      expect(
        rc2CbcDecrypt(Buffer.from(key, 'hex'), bits, Buffer.from(iv, 'hex'), work.read('rc2.bin')).equals(
          plain,
        ),
      ).toBe(true)
    }
    expect(() =>
      rc2CbcDecrypt(Buffer.from('0102030406', 'hex'), 40, Buffer.from(iv, 'hex'), work.read('rc2.bin')),
    ).toThrow()
  })
})

function flipBit(bytes: Buffer, at: number): void {
  bytes[at] = (bytes[at] ?? 0) ^ 1
}
