import {
  children,
  DerError,
  encoded,
  expectUniversal,
  integerHex,
  isContext,
  isUniversal,
  octets,
  oid,
  readElement,
  TAG,
} from '../../asn1/der'

const SIGNED_DATA = '1.2.840.113549.1.7.2'

/** What a CMS/PKCS#7 SignedData carries that the inspector needs. */
export interface SignedDataParts {
  /** Every certificate in the `certificates` set, as DER. */
  certificates: Uint8Array[]
  /** The signed content (a provisioning profile's plist); null when detached (JAR signatures). */
  content: Uint8Array | null
  /** Serial numbers (uppercase hex) of the signers named by issuer and serial. */
  signerSerials: string[]
}

/**
 * Reads a SignedData ContentInfo: the `META-INF/*.RSA|DSA|EC` block of a JAR signature, an
 * `embedded.mobileprovision`, or a `.p7b` certificate bundle. Throws `DerError` when it is not one.
 */
export function readSignedData(bytes: Uint8Array): SignedDataParts {
  const info = readElement(bytes)
  const [type, explicit] = children(expectUniversal(info, TAG.sequence, 'a ContentInfo'))
  if (!type || oid(type) !== SIGNED_DATA) throw new DerError('not a SignedData')
  if (!explicit || !isContext(explicit, 0)) throw new DerError('missing SignedData content')
  const [signedData] = children(explicit)
  const parts = children(expectUniversal(signedData, TAG.sequence, 'a SignedData'))
  const encap = parts[2]
  const encapParts = children(expectUniversal(encap, TAG.sequence, 'encapsulated content'))
  const wrapped = encapParts[1]
  let content: Uint8Array | null = null
  if (wrapped && isContext(wrapped, 0)) {
    const [inner] = children(wrapped)
    if (inner) content = octets(expectUniversal(inner, TAG.octetString, 'content octets'))
  }
  const certificates: Uint8Array[] = []
  let signerSerials: string[] = []
  for (const part of parts.slice(3)) {
    if (isContext(part, 0)) {
      for (const cert of children(part)) if (isUniversal(cert, TAG.sequence)) certificates.push(encoded(cert))
    } else if (isUniversal(part, TAG.set)) {
      signerSerials = children(part).flatMap((signerInfo) => {
        const sid = children(signerInfo)[1]
        if (!sid || !isUniversal(sid, TAG.sequence)) return []
        const serial = children(sid)[1]
        return serial && isUniversal(serial, TAG.integer) ? [integerHex(serial)] : []
      })
    }
  }
  return { certificates, content, signerSerials }
}
