import {
  DerError,
  type DerElement,
  children,
  integerHex,
  isUniversal,
  octets,
  oid,
  readRoot,
  stringValue,
  TAG,
} from '../../asn1/der'
import { parseTime } from '../../asn1/x509-name'
import {
  certificateInfo,
  createCmsSignature,
  createSelfSignedIdentity,
  readCertificateFile,
  readPkcs12,
  verifyCmsSignature,
} from '../../sign/crypto'
import { OpensslWorkspace } from '../../sign/crypto/test-support/openssl'
import { isTypedAppError, type FuzzTarget } from './fuzz-target'

const identities = () => [
  createSelfSignedIdentity({
    commonName: '张三',
    organization: '某某科技',
    email: 'a@b.cn',
    days: 30,
    algorithm: 'ecdsa-p256',
  }),
  createSelfSignedIdentity({ commonName: 'Jane', days: 30, algorithm: 'rsa-2048' }),
]

/** Certificates and CMS signatures: the DER a signed PDF carries. */
async function derSamples(): Promise<Uint8Array[]> {
  const out: Uint8Array[] = []
  for (const { certificate, privateKey } of identities()) {
    out.push(certificate)
    out.push(
      createCmsSignature({
        content: [Buffer.from('signed bytes')],
        privateKey,
        certificate,
        signingTime: new Date('2026-11-01T12:00:00Z'),
        subFilter: 'adbe.pkcs7.detached',
      }),
    )
  }
  return out
}

// Our own walk is bounded so a deep input breaks the reader under test, not the harness.
const WALK_DEPTH = 200
const STRINGS: number[] = [
  TAG.utf8String,
  TAG.bmpString,
  TAG.universalString,
  TAG.printableString,
  TAG.ia5String,
  TAG.t61String,
]

function walk(element: DerElement, depth: number): void {
  if (depth > WALK_DEPTH) return
  if (isUniversal(element, TAG.oid)) oid(element)
  else if (isUniversal(element, TAG.integer)) integerHex(element)
  else if (isUniversal(element, TAG.octetString)) octets(element)
  else if (isUniversal(element, TAG.utcTime) || isUniversal(element, TAG.generalizedTime)) parseTime(element)
  else if (element.tagClass === 0 && STRINGS.includes(element.tagNumber)) stringValue(element)
  if (element.constructed && !isUniversal(element, TAG.octetString))
    for (const child of children(element)) walk(child, depth + 1)
}

const derOrApp = (error: unknown) => error instanceof DerError || isTypedAppError(error)

export const derTarget: FuzzTarget = {
  name: 'asn1 DER reader',
  seeds: derSamples,
  call: (input) => walk(readRoot(input), 0),
  typed: derOrApp,
}

export const certificateTarget: FuzzTarget = {
  name: 'certificate parse',
  seeds: async () => identities().map((i) => i.certificate),
  call: (input) => {
    try {
      certificateInfo(readCertificateFile(input))
    } finally {
      certificateInfo(input)
    }
  },
}

export const cmsTarget: FuzzTarget = {
  name: 'CMS verify',
  seeds: async () => (await derSamples()).filter((_, i) => i % 2 === 1),
  call: (input) => verifyCmsSignature(input, [Buffer.from('signed bytes')]),
}

/**
 * PKCS#12 files as OpenSSL writes them: PBES2/AES with a MAC, and without one (so damage
 * reaches the decryption), 3DES, and the legacy RC2 kind when this OpenSSL has it.
 */
async function p12Samples(): Promise<Uint8Array[]> {
  const work = new OpensslWorkspace()
  try {
    work.ca('root', 'ec')
    work.leaf('leaf', 'root', 'ec')
    const legacy = work.hasLegacyProvider()
    const kinds: string[][] = [
      [],
      ['-nomac'],
      ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-nomac'],
      ...(legacy ? [['-legacy'], ['-legacy', '-nomac']] : []),
    ]
    return kinds.map((extra, i) => {
      work.run(['pkcs12', '-export', '-in', 'leaf.pem', '-inkey', 'leaf.key', '-certfile', 'root.pem', '-passout', 'pass:pw', '-out', `${i}.p12`, ...extra]) // prettier-ignore
      return work.read(`${i}.p12`)
    })
  } finally {
    work.cleanup()
  }
}

export const pkcs12Target: FuzzTarget = {
  name: 'PKCS#12 (PBES2, 3DES, RC2)',
  seeds: p12Samples,
  call: (input) => readPkcs12(input, 'pw'),
}
