import { spawnSync } from 'node:child_process'
import { generateKeyPairSync, sign } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bitString, integer, oid, raw, sequence, set, time, utf8String } from '../../asn1/der-writer'
import { children, readRoot } from '../../asn1/der'
import { COMMITTED_DIR } from '../../filing/test-support/apk-fixtures'
import { toPem } from '../../sign/crypto/test-support/openssl'
import { OID } from '../../pki/oids'
import { type CorpusEntry, garbage } from './corpus-entry'

/** The password of every .p12 in the corpus (a right password, so only the damage is wrong). */
export const P12_PASSWORD = 'corpus-pass-19'

const name = (cn: string) => sequence(set(sequence(oid(OID.commonName), utf8String(cn))))

/** A self-signed P-256 certificate that was valid only in 2000, with its key (PEM). */
function expiredCertificate(): { der: Buffer; keyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const algorithm = sequence(oid(OID.ecdsaWithSha256))
  const validity = sequence(time(new Date('2000-01-01T00:00:00Z')), time(new Date('2001-01-01T00:00:00Z')))
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const tbs = sequence(
    integer(2000),
    algorithm,
    name('Expired Signer'),
    validity,
    name('Expired Signer'),
    raw(spki),
  )
  const der = sequence(tbs, algorithm, bitString(sign('sha256', tbs, privateKey)))
  return { der, keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string }
}

/** A real PKCS#12 made by openssl from this key and certificate. */
function exportP12(der: Buffer, keyPem: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'paperdesk-corpus-p12-'))
  try {
    writeFileSync(join(dir, 'cert.pem'), toPem(der))
    writeFileSync(join(dir, 'key.pem'), keyPem)
    const args = [
      'pkcs12',
      '-export',
      '-in',
      'cert.pem',
      '-inkey',
      'key.pem',
      '-passout',
      `pass:${P12_PASSWORD}`,
    ]
    const run = spawnSync('openssl', [...args, '-out', 'id.p12'], { cwd: dir, encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`openssl pkcs12 failed: ${run.stderr}`)
    return readFileSync(join(dir, 'id.p12'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A good .p12 (a fresh, current self-signed key) with one byte of its MAC digest flipped. */
function wrongMacP12(): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const algorithm = sequence(oid(OID.ecdsaWithSha256))
  const validity = sequence(time(new Date('2025-01-01T00:00:00Z')), time(new Date('2045-01-01T00:00:00Z')))
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const tbs = sequence(
    integer(19),
    algorithm,
    name('Corpus Signer'),
    validity,
    name('Corpus Signer'),
    raw(spki),
  )
  const der = sequence(tbs, algorithm, bitString(sign('sha256', tbs, privateKey)))
  const p12 = exportP12(der, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)
  // PFX ::= SEQUENCE { version, authSafe, macData SEQUENCE { DigestInfo { algorithm, digest }, salt, iterations } }
  const macData = children(readRoot(p12))[2]
  const digest = macData && children(children(macData)[0]!)[1]
  if (!digest) throw new Error('openssl made a .p12 without a MAC')
  p12[digest.contentStart + 3]! ^= 0x5a
  return p12
}

export const certificateEntries: CorpusEntry[] = [
  {
    name: 'broken.cer',
    kind: 'certificate',
    about: 'a PEM armour around base64 that is not a certificate',
    bytes: () =>
      Buffer.from('-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUbroken\n-----END CERTIFICATE-----\n'),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'garbage.pem',
    kind: 'certificate',
    about: 'binary garbage named .pem',
    bytes: () => garbage(1500, 13),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'truncated.der',
    kind: 'certificate',
    about: 'a DER certificate missing its last 40 bytes',
    bytes: () => {
      const der = readFileSync(join(COMMITTED_DIR, 'dist.der'))
      return der.subarray(0, der.length - 40)
    },
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'empty.cer',
    kind: 'certificate',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'expired.cer',
    kind: 'certificate',
    about: 'a well-formed self-signed certificate that expired in 2001',
    bytes: () => expiredCertificate().der,
    // Reading an expired certificate's facts is what a user wants (with a warning); trusting it too.
    refusedAs: 'INVALID_FILE',
    except: { inspect: 'accepted', trust: 'accepted' },
  },
  {
    name: 'wrong-mac.p12',
    kind: 'p12',
    about: 'a real .p12 with one byte of its MAC flipped',
    bytes: wrongMacP12,
    // A wrong MAC and a wrong password cannot be told apart: the user is asked for the password again.
    refusedAs: 'INVALID_FILE',
    except: { identity: 'VALIDATION' },
  },
  {
    name: 'expired.p12',
    kind: 'p12',
    about: 'a real .p12 whose certificate expired in 2001',
    bytes: () => {
      const { der, keyPem } = expiredCertificate()
      return exportP12(der, keyPem)
    },
    // Imported and listed as expired; signing with it then needs the user to insist.
    refusedAs: 'INVALID_FILE',
    except: { identity: 'accepted' },
  },
  {
    name: 'empty.p12',
    kind: 'p12',
    about: 'zero bytes',
    bytes: () => new Uint8Array(0),
    refusedAs: 'INVALID_FILE',
  },
  {
    name: 'text-named.p12',
    kind: 'text',
    about: 'a text file named .p12',
    bytes: () => Buffer.from('my password is hunter2\n'),
    refusedAs: 'INVALID_FILE',
  },
]
