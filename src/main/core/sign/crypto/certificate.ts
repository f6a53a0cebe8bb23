import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto'
import { userError } from '../../../../shared/app-error'
import { children, content, type DerElement, readRoot } from '../../asn1/der'
import {
  bitString,
  boolean,
  contextPrimitive,
  explicit,
  ia5String,
  integer,
  nullValue,
  octetString,
  oid,
  raw,
  sequence,
  set,
  time,
  utf8String,
} from '../../asn1/der-writer'
import { OID } from '../../pki/oids'

export type KeyAlgorithm = 'rsa-2048' | 'rsa-3072' | 'ecdsa-p256'

export interface NewIdentityRequest {
  commonName: string
  organization?: string
  email?: string
  days: number
  algorithm: KeyAlgorithm
  now?: Date
}

const MAX_DAYS = 36_500
// Clocks of other machines run a little behind: a certificate valid "from now" would look not yet valid.
const BACKDATE_MS = 5 * 60 * 1000

/**
 * A self-signed X.509 v3 certificate for document signing. Names are UTF8String so Chinese names
 * survive every reader; the key usages are the ones Acrobat and pdfsig expect of a signer.
 */
export function createSelfSignedIdentity(req: NewIdentityRequest): {
  certificate: Buffer
  privateKey: KeyObject
} {
  const commonName = req.commonName.trim()
  const organization = req.organization?.trim() || undefined
  const email = req.email?.trim() || undefined
  if (!commonName || commonName.length > 64)
    throw userError('VALIDATION', 'certify.common-name-invalid', 'enter a name of 1 to 64 characters')
  if (organization && organization.length > 64)
    throw userError(
      'VALIDATION',
      'certify.organization-invalid',
      'the organization is longer than 64 characters',
    )
  if (email && !/^[\x21-\x7e]+@[\x21-\x7e]+$/.test(email))
    throw userError('VALIDATION', 'certify.email-invalid', '{{email}} is not an email address', { email })
  if (!Number.isInteger(req.days) || req.days < 1 || req.days > MAX_DAYS)
    throw userError('VALIDATION', 'certify.days-invalid', 'the validity must be 1 to {{max}} days', {
      max: MAX_DAYS,
    })

  const { privateKey, publicKey } = generateKey(req.algorithm)
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const keyBits = content(children(readRoot(spki))[1] as DerElement).subarray(1)
  const keyId = createHash('sha1').update(keyBits).digest()

  const now = req.now ?? new Date()
  const name = subjectName(commonName, organization, email)
  const signatureAlgorithm =
    req.algorithm === 'ecdsa-p256'
      ? sequence(oid(OID.ecdsaWithSha256))
      : sequence(oid(OID.sha256WithRsa), nullValue())
  const tbs = sequence(
    explicit(0, integer(2)),
    integer(serialNumber()),
    signatureAlgorithm,
    name,
    sequence(
      time(new Date(now.getTime() - BACKDATE_MS)),
      time(new Date(now.getTime() + req.days * 86_400_000)),
    ),
    name,
    raw(spki),
    explicit(3, sequence(...extensions(keyId, email))),
  )
  const signature = sign('sha256', tbs, privateKey)
  return { certificate: sequence(tbs, signatureAlgorithm, bitString(signature)), privateKey }
}

function generateKey(algorithm: KeyAlgorithm): { privateKey: KeyObject; publicKey: KeyObject } {
  switch (algorithm) {
    case 'rsa-2048':
      return generateKeyPairSync('rsa', { modulusLength: 2048 })
    case 'rsa-3072':
      return generateKeyPairSync('rsa', { modulusLength: 3072 })
    case 'ecdsa-p256':
      return generateKeyPairSync('ec', { namedCurve: 'P-256' })
    default:
      throw userError('VALIDATION', 'certify.algorithm-unsupported', 'unsupported key type {{algorithm}}', {
        algorithm: String(algorithm),
      })
  }
}

/** A positive 16-byte serial: the top bit clear, the next one set so DER keeps all 16 octets. */
function serialNumber(): Buffer {
  const serial = randomBytes(16)
  serial[0] = ((serial[0] as number) & 0x7f) | 0x40
  return serial
}

// Encoded most general first, so the readable text (most specific first) reads "CN=…, O=…, EMAILADDRESS=…".
function subjectName(commonName: string, organization?: string, email?: string): Buffer {
  const rdn = (type: string, value: Buffer) => set(sequence(oid(type), value))
  const rdns: Buffer[] = []
  if (email) rdns.push(rdn(OID.emailAddress, ia5String(email)))
  if (organization) rdns.push(rdn(OID.organization, utf8String(organization)))
  rdns.push(rdn(OID.commonName, utf8String(commonName)))
  return sequence(...rdns)
}

function extensions(keyId: Buffer, email: string | undefined): Buffer[] {
  const extension = (id: string, value: Buffer, critical = false) =>
    critical ? sequence(oid(id), boolean(true), octetString(value)) : sequence(oid(id), octetString(value))
  const list = [
    extension(OID.basicConstraints, sequence()),
    // digitalSignature and nonRepudiation: the first two named bits, six unused.
    extension(OID.keyUsage, bitString(Buffer.from([0xc0]), 6), true),
    extension(OID.extKeyUsage, sequence(oid(OID.emailProtection), oid(OID.documentSigning))),
    extension(OID.subjectKeyIdentifier, octetString(keyId)),
    extension(OID.authorityKeyIdentifier, sequence(contextPrimitive(0, keyId))),
  ]
  if (email)
    list.push(extension(OID.subjectAltName, sequence(contextPrimitive(1, Buffer.from(email, 'latin1')))))
  return list
}
