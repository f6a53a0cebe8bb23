import {
  children,
  DerError,
  type DerElement,
  encoded,
  expectUniversal,
  integerHex,
  isContext,
  isUniversal,
  octets,
  oid,
  readElement,
  TAG,
} from '../asn1/der'
import { OID } from './oids'

/** The bytes are DER but not a CMS SignedData ContentInfo. */
export class NotSignedData extends DerError {}

/** One SignerInfo, its parts as encoded (the verifier reads them further). */
export interface SignerInfo {
  /** IssuerAndSerialNumber, or [0] SubjectKeyIdentifier. */
  sid: DerElement | undefined
  /** The signer's serial (uppercase hex) when the sid names issuer and serial. */
  serialHex: string | null
  digestAlgorithm: DerElement | undefined
  /** [0] IMPLICIT signed attributes, when present. */
  signedAttrs: DerElement | undefined
  signatureAlgorithm: DerElement | undefined
  signature: DerElement | undefined
}

/** What a CMS/PKCS#7 SignedData carries. */
export interface SignedData {
  /** Every certificate in the `certificates` set, as DER (other choices, which are tagged, left out). */
  certificates: Uint8Array[]
  /** The encapsulated content (a provisioning profile's plist, adbe.pkcs7.sha1's digest); null when detached. */
  content: Uint8Array | null
  signers: SignerInfo[]
  /** Serial numbers (uppercase hex) of the signers named by issuer and serial. */
  signerSerials: string[]
}

function signerInfo(element: DerElement): SignerInfo {
  const parts = children(element)
  const [, sid, digestAlgorithm] = parts
  const signedAttrs = parts[3] && isContext(parts[3], 0) ? parts[3] : undefined
  const [signatureAlgorithm, signature] = parts.slice(signedAttrs ? 4 : 3)
  const serial = sid && isUniversal(sid, TAG.sequence) ? children(sid)[1] : undefined
  return {
    sid,
    serialHex: serial && isUniversal(serial, TAG.integer) ? integerHex(serial) : null,
    digestAlgorithm,
    signedAttrs,
    signatureAlgorithm,
    signature,
  }
}

/**
 * The one reader of CMS SignedData: a PDF signature's /Contents (zero padding after the DER is
 * ignored), the `META-INF/*.RSA|DSA|EC` block of a JAR signature, an `embedded.mobileprovision`,
 * a `.p7b` certificate bundle. Throws `NotSignedData` when it is not one, `DerError` when it is
 * broken.
 */
export function readSignedData(bytes: Uint8Array): SignedData {
  const info = readElement(bytes)
  if (!isUniversal(info, TAG.sequence)) throw new NotSignedData('not a SignedData')
  const [type, explicit] = children(info)
  if (!type || !isUniversal(type, TAG.oid) || oid(type) !== OID.signedData)
    throw new NotSignedData('not a SignedData')
  if (!explicit || !isContext(explicit, 0)) throw new NotSignedData('missing SignedData content')
  const [signedData] = children(explicit)
  const parts = children(expectUniversal(signedData, TAG.sequence, 'a SignedData'))
  const encapParts = children(expectUniversal(parts[2], TAG.sequence, 'encapsulated content'))
  const wrapped = encapParts[1]
  let content: Uint8Array | null = null
  if (wrapped && isContext(wrapped, 0)) {
    const [inner] = children(wrapped)
    if (inner) content = octets(expectUniversal(inner, TAG.octetString, 'content octets'))
  }
  const certificates: Uint8Array[] = []
  let signers: SignerInfo[] = []
  for (const part of parts.slice(3)) {
    if (isContext(part, 0)) {
      for (const cert of children(part)) if (isUniversal(cert, TAG.sequence)) certificates.push(encoded(cert))
    } else if (isUniversal(part, TAG.set)) signers = children(part).map(signerInfo)
  }
  const signerSerials = signers.flatMap((s) => (s.serialHex ? [s.serialHex] : []))
  return { certificates, content, signers, signerSerials }
}
