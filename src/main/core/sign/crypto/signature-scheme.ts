import { constants, createVerify, type KeyObject, verify } from 'node:crypto'
import { children, type DerElement, integerHex, isContext, oid } from '../../asn1/der'
import { digestByOid, OID, shaOfSignature } from '../../pki/oids'

/** An algorithm we cannot check; `algorithm` is its OID or name, for the user's report. */
export class UnsupportedAlgorithm extends Error {
  constructor(readonly algorithm: string) {
    super(`unsupported algorithm ${algorithm}`)
  }
}

/** How a signature value is checked: which family, which hash, and PSS's salt length. */
export interface SignatureScheme {
  label: 'RSA' | 'RSA-PSS' | 'ECDSA' | 'Ed25519'
  /** Node hash name; null for Ed25519, which hashes internally. */
  hash: string | null
  saltLength?: number
}

/**
 * Reads a signature AlgorithmIdentifier. CMS signers often name only the key type (rsaEncryption,
 * id-ecPublicKey) and leave the hash to the SignerInfo's digest algorithm: `digestHash`.
 */
export function signatureScheme(algorithm: DerElement, digestHash: string): SignatureScheme {
  const [idElement, params] = children(algorithm)
  if (!idElement) throw new UnsupportedAlgorithm('(missing)')
  const id = oid(idElement)
  if (id === OID.rsaEncryption) return { label: 'RSA', hash: digestHash }
  if (id === OID.ecPublicKey) return { label: 'ECDSA', hash: digestHash }
  if (id === OID.ed25519) return { label: 'Ed25519', hash: null }
  const rsaHash = shaOfSignature(id, 'RSA')
  if (rsaHash) return { label: 'RSA', hash: rsaHash }
  const ecHash = shaOfSignature(id, 'ECDSA')
  if (ecHash) return { label: 'ECDSA', hash: ecHash }
  if (id === OID.rsassaPss) return pssScheme(params)
  throw new UnsupportedAlgorithm(id)
}

/** RSASSA-PSS-params (RFC 4055): every field has a default, SHA-1 / MGF1-SHA-1 / salt 20. */
function pssScheme(params: DerElement | undefined): SignatureScheme {
  let hash = 'sha1'
  let mgfHash = 'sha1'
  let saltLength = 20
  for (const field of params && params.constructed ? children(params) : []) {
    const inner = children(field)[0]
    if (!inner) continue
    if (isContext(field, 0)) hash = hashOf(inner)
    else if (isContext(field, 1)) {
      const [mgfId, mgfParams] = children(inner)
      if (!mgfId || oid(mgfId) !== OID.mgf1 || !mgfParams) throw new UnsupportedAlgorithm('RSA-PSS mask')
      mgfHash = hashOf(mgfParams)
    } else if (isContext(field, 2)) saltLength = parseInt(integerHex(inner), 16)
  }
  // Node's OpenSSL takes the MGF1 hash from the signature hash: a different one cannot be checked.
  if (mgfHash !== hash) throw new UnsupportedAlgorithm(`RSA-PSS with MGF1-${mgfHash}`)
  return { label: 'RSA-PSS', hash, saltLength }
}

/** The Node hash name of a digest AlgorithmIdentifier. */
export function hashOf(algorithm: DerElement): string {
  const idElement = children(algorithm)[0]
  if (!idElement) throw new UnsupportedAlgorithm('(missing digest)')
  const id = oid(idElement)
  const hash = digestByOid[id]
  if (!hash) throw new UnsupportedAlgorithm(id)
  return hash
}

/** Checks `signature` over the concatenation of `data` with `publicKey`; false on any mismatch. */
export function verifySignature(
  scheme: SignatureScheme,
  publicKey: KeyObject,
  data: readonly Uint8Array[],
  signature: Uint8Array,
): boolean {
  try {
    if (scheme.hash === null) return verify(null, Buffer.concat(data), publicKey, signature)
    const verifier = createVerify(scheme.hash)
    for (const part of data) verifier.update(part)
    if (scheme.label === 'RSA-PSS')
      return verifier.verify(
        { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: scheme.saltLength ?? 20 },
        signature,
      )
    return verifier.verify(publicKey, signature)
  } catch {
    // A key of the wrong type, a garbled ECDSA value: not a valid signature either way.
    return false
  }
}
