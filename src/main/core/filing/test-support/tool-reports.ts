import { execFileSync } from 'node:child_process'
import { missingTool } from './run-tool'
import { createHash } from 'node:crypto'

/** One signer as `apksigner verify -v --print-certs` reports it. */
export interface ApksignerSigner {
  dn: string
  sha256: string
  sha1: string
  md5: string
  keyAlgorithm: string
  keySize: number
  publicKeySha256: string
}

export interface ApksignerReport {
  verifies: boolean
  schemes: { v1: boolean; v2: boolean; v3: boolean }
  signers: ApksignerSigner[]
}

export function parseApksigner(text: string): ApksignerReport {
  const line = (re: RegExp) => re.exec(text)?.[1]
  const signers: ApksignerSigner[] = []
  for (let n = 1; text.includes(`Signer #${n} certificate DN:`); n++) {
    const field = (name: string) => line(new RegExp(`^Signer #${n} ${name}: (.*)$`, 'm')) ?? ''
    signers.push({
      dn: field('certificate DN'),
      sha256: field('certificate SHA-256 digest').toUpperCase(),
      sha1: field('certificate SHA-1 digest').toUpperCase(),
      md5: field('certificate MD5 digest').toUpperCase(),
      keyAlgorithm: field('key algorithm'),
      keySize: Number(field('key size \\(bits\\)')),
      publicKeySha256: field('public key SHA-256 digest').toUpperCase(),
    })
  }
  const scheme = (v: number) =>
    line(new RegExp(`^Verified using v${v} scheme .*: (true|false)$`, 'm')) === 'true'
  return {
    verifies: /^Verifies$/m.test(text),
    schemes: { v1: scheme(1), v2: scheme(2), v3: scheme(3) },
    signers,
  }
}

/** What `openssl x509` says about a PEM certificate: the independent reading to compare with. */
export interface OpensslReport {
  subject: string
  issuer: string
  serial: string
  notBefore: string
  notAfter: string
  md5: string
  sha1: string
  sha256: string
  modulusHex: string | null
  exponent: string | null
  bits: number
  publicKeyPem: string
  spkiSha256: string
}

/** openssl is the independent reading the tests compare with; missing, it is named in one line. */
function openssl(args: string[], input: string | Buffer): string
function openssl(args: string[], input: string | Buffer, binary: true): Buffer
function openssl(args: string[], input: string | Buffer, binary = false): string | Buffer {
  try {
    return execFileSync('openssl', args, {
      input,
      env: { ...process.env, LANG: 'C.UTF-8' },
      ...(binary ? {} : { encoding: 'utf8' as const }),
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw missingTool('openssl')
    throw error
  }
}

const iso = (text: string) => new Date(text).toISOString()
const hexOf = (line: string) => (line.split('=')[1] ?? '').replace(/:/g, '').trim().toUpperCase()

export function opensslReport(pem: string): OpensslReport {
  const names = openssl(
    [
      'x509',
      '-noout',
      '-subject',
      '-issuer',
      '-serial',
      '-startdate',
      '-enddate',
      '-nameopt',
      'RFC2253,-esc_msb',
    ],
    pem,
  )
  const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(names)?.[1] ?? ''
  const fingerprint = (md: string) => hexOf(openssl(['x509', '-noout', '-fingerprint', `-${md}`], pem))
  const text = openssl(['x509', '-noout', '-text'], pem)
  const publicKeyPem = openssl(['x509', '-noout', '-pubkey'], pem).trim()
  const spki = openssl(['pkey', '-pubin', '-outform', 'DER'], publicKeyPem, true)
  const rsa = /Public Key Algorithm: rsaEncryption/.test(text)
  return {
    subject: value('subject'),
    issuer: value('issuer'),
    serial: value('serial').toUpperCase(),
    notBefore: iso(value('notBefore')),
    notAfter: iso(value('notAfter')),
    md5: fingerprint('md5'),
    sha1: fingerprint('sha1'),
    sha256: fingerprint('sha256'),
    modulusHex: rsa ? hexOf(openssl(['x509', '-noout', '-modulus'], pem)) : null,
    exponent: rsa ? (/Exponent: (\d+)/.exec(text)?.[1] ?? null) : null,
    bits: Number(/Public-Key: \((\d+) bit\)/.exec(text)?.[1] ?? 0),
    publicKeyPem,
    spkiSha256: createHash('sha256').update(spki).digest('hex').toUpperCase(),
  }
}

/** RFC 2253 (`CN=a,O=b`, what openssl prints) as apksigner writes it (`CN=a, O=b`). */
export function rfc2253ToApksigner(dn: string): string {
  // openssl spells the e-mail attribute emailAddress; apksigner (Java's X500Principal) EMAILADDRESS.
  return dn.replace(/(?<!\\),/g, ', ').replace(/(^|, )emailAddress=/g, '$1EMAILADDRESS=')
}
