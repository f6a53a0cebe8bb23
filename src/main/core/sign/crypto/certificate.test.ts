import { X509Certificate } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/app-error'
import { certificateInfo, createSelfSignedIdentity, readCertificateFile } from './index'
import { OpensslWorkspace, toPem } from './test-support/openssl'

const work = new OpensslWorkspace()
afterAll(() => work.cleanup())

const reasonOf = (fn: () => unknown): unknown => {
  try {
    fn()
  } catch (error) {
    return error instanceof AppError ? (error.details as { reason: string }).reason : error
  }
  return 'no error'
}

describe('createSelfSignedIdentity', () => {
  for (const algorithm of ['rsa-2048', 'ecdsa-p256'] as const) {
    it(`makes a ${algorithm} certificate that openssl reads, names in UTF-8`, () => {
      const now = new Date('2026-03-01T08:00:00Z')
      const { certificate, privateKey } = createSelfSignedIdentity({
        commonName: '张三',
        organization: '某某科技有限公司',
        email: 'zhang.san@example.cn',
        days: 365,
        algorithm,
        now,
      })
      const der = work.write(`${algorithm}.der`, certificate)
      const subject = work.run([
        'x509',
        '-inform',
        'DER',
        '-in',
        der,
        '-noout',
        '-subject',
        '-nameopt',
        'utf8,sep_comma_plus',
      ])
      expect(subject.stdout).toContain('CN=张三')
      expect(subject.stdout).toContain('O=某某科技有限公司')
      expect(subject.stdout).toContain('emailAddress=zhang.san@example.cn')

      const text = work.run(['x509', '-inform', 'DER', '-in', der, '-noout', '-text']).stdout
      expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Non Repudiation/)
      expect(text).toMatch(/X509v3 Basic Constraints:\s+CA:FALSE/)
      expect(text).toMatch(/E-mail Protection, 1\.3\.6\.1\.4\.1\.311\.10\.3\.12/)
      expect(text).toMatch(/X509v3 Subject Alternative Name:\s+email:zhang\.san@example\.cn/)
      expect(text).toContain('X509v3 Subject Key Identifier')
      expect(text).toContain(algorithm === 'rsa-2048' ? 'sha256WithRSAEncryption' : 'ecdsa-with-SHA256')
      expect(text).toContain(algorithm === 'rsa-2048' ? 'Public-Key: (2048 bit)' : 'NIST CURVE: P-256')

      // openssl checks the self-signature (and refuses nothing else about it).
      work.write(`${algorithm}.pem`, toPem(certificate))
      const verified = work.run([
        'verify',
        '-CAfile',
        `${algorithm}.pem`,
        '-attime',
        String(now.getTime() / 1000),
        `${algorithm}.pem`,
      ])
      expect(verified.stdout).toContain('OK')

      const info = certificateInfo(certificate)
      expect(info.subject).toBe('CN=张三, O=某某科技有限公司, EMAILADDRESS=zhang.san@example.cn')
      expect(info.commonName).toBe('张三')
      expect(info.issuerCommonName).toBe('张三')
      expect(info.selfSigned).toBe(true)
      expect(info.keyAlgorithm).toBe(algorithm === 'rsa-2048' ? 'RSA 2048' : 'ECDSA P-256')
      expect(info.serialHex).toMatch(/^[4-7][0-9A-F]{31}$/)
      expect(info.notBefore.getTime()).toBe(now.getTime() - 5 * 60 * 1000)
      expect(info.notAfter.getTime()).toBe(now.getTime() + 365 * 86_400_000)
      const fingerprint = work.run([
        'x509',
        '-inform',
        'DER',
        '-in',
        der,
        '-noout',
        '-fingerprint',
        '-sha256',
      ]).stdout
      expect(fingerprint.replace(/:/g, '')).toContain(info.sha256)
      expect(new X509Certificate(certificate).checkPrivateKey(privateKey)).toBe(true)
    })
  }

  it('writes GeneralizedTime past 2049 and refuses bad requests', () => {
    const { certificate } = createSelfSignedIdentity({
      commonName: 'Long',
      days: 36_500,
      algorithm: 'ecdsa-p256',
    })
    expect(certificateInfo(certificate).notAfter.getUTCFullYear()).toBeGreaterThan(2100)
    expect(
      reasonOf(() => createSelfSignedIdentity({ commonName: ' ', days: 1, algorithm: 'rsa-2048' })),
    ).toBe('certify.common-name-invalid')
    expect(
      reasonOf(() => createSelfSignedIdentity({ commonName: 'x', days: 0, algorithm: 'rsa-2048' })),
    ).toBe('certify.days-invalid')
    expect(
      reasonOf(() =>
        createSelfSignedIdentity({ commonName: 'x', email: '张@x', days: 1, algorithm: 'rsa-2048' }),
      ),
    ).toBe('certify.email-invalid')
  })
})

describe('certificateInfo and readCertificateFile', () => {
  it('reads a CA-issued certificate from DER, PEM and PKCS#7 files', () => {
    work.ca('root')
    work.leaf('alice', 'root', 'ec')
    const der = work.der('alice.pem')
    const info = certificateInfo(der)
    expect(info.subject).toBe('O=Paperdesk Test, CN=alice')
    expect(info.issuerCommonName).toBe('root CA')
    expect(info.selfSigned).toBe(false)
    expect(certificateInfo(work.der('root.pem')).selfSigned).toBe(true)

    expect(readCertificateFile(der).equals(der)).toBe(true)
    expect(readCertificateFile(work.read('alice.pem')).equals(der)).toBe(true)
    const bundle = Buffer.concat([
      Buffer.from('junk before\n'),
      work.read('alice.pem'),
      work.read('root.pem'),
    ])
    expect(readCertificateFile(bundle).equals(der)).toBe(true)
    work.run(['crl2pkcs7', '-nocrl', '-certfile', 'alice.pem', '-certfile', 'root.pem', '-out', 'both.p7b'])
    expect(readCertificateFile(work.read('both.p7b')).equals(der)).toBe(true)
    work.run(['crl2pkcs7', '-nocrl', '-certfile', 'alice.pem', '-outform', 'DER', '-out', 'one.p7b'])
    expect(readCertificateFile(work.read('one.p7b')).equals(der)).toBe(true)
  })

  it('refuses what is not a certificate', () => {
    for (const bad of [Buffer.from('hello'), Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01]), Buffer.alloc(0)]) {
      expect(reasonOf(() => readCertificateFile(bad))).toBe('certify.certificate-unreadable')
      expect(reasonOf(() => certificateInfo(bad))).toBe('certify.certificate-unreadable')
    }
    const { certificate } = createSelfSignedIdentity({ commonName: 'x', days: 1, algorithm: 'ecdsa-p256' })
    expect(reasonOf(() => certificateInfo(certificate.subarray(0, 100)))).toBe(
      'certify.certificate-unreadable',
    )
    expect(reasonOf(() => certificateInfo(Buffer.concat([certificate, Buffer.from([0])])))).toBe(
      'certify.certificate-unreadable',
    )
  })
})
