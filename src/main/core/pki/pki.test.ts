import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../test-support/temp-dir'
import { fingerprint, isIssuedBy, keyAlgorithmLabel, parseCertificate, publicKeyFacts } from './certificate'
import { digestByOid, signatureAlgorithmName } from './oids'
import { NotSignedData, readSignedData } from './signed-data'

const tempDir = useTempDirs()
const PIN = resolve(__dirname, '../../../cli/test-support/pin')

/** The leaf and the CA of the fixed chain, as DER, by openssl. */
function chainDers(): { leaf: Buffer; ca: Buffer; p7b: Buffer } {
  const dir = tempDir()
  const pem = readFileSync(join(PIN, 'chain.pem'), 'utf8')
  const [leafPem] = pem.split(/(?<=-----END CERTIFICATE-----\n)/)
  const der = (input: string) => execFileSync('openssl', ['x509', '-outform', 'DER'], { input })
  execFileSync('openssl', [
    'crl2pkcs7',
    '-nocrl',
    '-certfile',
    join(PIN, 'chain.pem'),
    '-outform',
    'DER',
    '-out',
    join(dir, 'c.p7b'),
  ])
  return {
    leaf: der(leafPem as string),
    ca: readFileSync(join(PIN, 'ca.cer')),
    p7b: readFileSync(join(dir, 'c.p7b')),
  }
}

describe('core/pki', () => {
  it('reads a certificate once for every use: names, serial, validity, key, issuer link', () => {
    const { leaf, ca } = chainDers()
    const cert = parseCertificate(leaf)
    const issuer = parseCertificate(ca)
    expect(cert).toMatchObject({
      serialHex: '2002',
      version: 3,
      isCa: false,
      signatureAlgorithm: '1.2.840.113549.1.1.11',
    })
    expect(cert.subject.text).toBe('CN=张三, O=某某科技有限公司, C=CN')
    expect(cert.notAfter.toISOString()).toBe('2124-01-01T00:00:00.000Z')
    expect(issuer).toMatchObject({ isCa: true, canSignCertificates: true })
    expect(isIssuedBy(cert, issuer)).toBe(true)
    expect(isIssuedBy(issuer, cert)).toBe(false)
    expect(keyAlgorithmLabel(cert)).toBe('ECDSA P-256')
    expect(keyAlgorithmLabel(issuer)).toBe('RSA 2048')
    expect(publicKeyFacts(cert.spki)).toMatchObject({ algorithm: 'EC', bits: 256, curve: 'prime256v1' })
    // openssl is the judge of the fingerprint.
    const openssl = execFileSync('openssl', ['x509', '-inform', 'DER', '-noout', '-fingerprint', '-sha256'], {
      input: leaf,
      encoding: 'utf8',
    })
    expect(openssl.trim().split('=')[1]?.replace(/:/g, '')).toBe(fingerprint('sha256', leaf))
  })

  it('reads SignedData: a .p7b bundle gives its certificates; a certificate is not one', () => {
    const { leaf, ca, p7b } = chainDers()
    const bundle = readSignedData(p7b)
    expect(bundle.certificates.map((c) => Buffer.from(c))).toEqual([leaf, ca])
    expect(bundle).toMatchObject({ content: null, signers: [], signerSerials: [] })
    expect(() => readSignedData(leaf)).toThrow(NotSignedData)
  })

  it('has one OID table: the names filings copy, and the hashes CMS checks verify (no MD5, no DSA)', () => {
    expect(signatureAlgorithmName('1.2.840.113549.1.1.5')).toBe('SHA1withRSA')
    expect(signatureAlgorithmName('1.2.840.10045.4.3.2')).toBe('SHA256withECDSA')
    expect(signatureAlgorithmName('1.2.3.4')).toBe('1.2.3.4')
    expect(digestByOid).toEqual({
      '1.3.14.3.2.26': 'sha1',
      '2.16.840.1.101.3.4.2.4': 'sha224',
      '2.16.840.1.101.3.4.2.1': 'sha256',
      '2.16.840.1.101.3.4.2.2': 'sha384',
      '2.16.840.1.101.3.4.2.3': 'sha512',
      '1.2.840.113549.1.1.5': 'sha1',
      '1.2.840.113549.1.1.14': 'sha224',
      '1.2.840.113549.1.1.11': 'sha256',
      '1.2.840.113549.1.1.12': 'sha384',
      '1.2.840.113549.1.1.13': 'sha512',
      '1.2.840.10045.4.1': 'sha1',
      '1.2.840.10045.4.3.1': 'sha224',
      '1.2.840.10045.4.3.2': 'sha256',
      '1.2.840.10045.4.3.3': 'sha384',
      '1.2.840.10045.4.3.4': 'sha512',
    })
  })
})
