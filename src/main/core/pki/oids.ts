/** Object identifiers of X.509, CMS and PKCS#12, by what they name: the one table of them. */
export const OID = {
  // Name attributes
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  emailAddress: '1.2.840.113549.1.9.1',
  // Certificate extensions
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  documentSigning: '1.3.6.1.4.1.311.10.3.12',
  // Keys and signatures
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ed25519: '1.3.101.112',
  // Digests
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  sha224: '2.16.840.1.101.3.4.2.4',
  // CMS
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  encryptedData: '1.2.840.113549.1.7.6',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  // PKCS#12 and password-based encryption
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
} as const

export type SignatureFamily = 'RSA' | 'RSA-PSS' | 'ECDSA' | 'DSA' | 'Ed25519'

/**
 * Signature algorithms: the name Java's keytool and apksigner print (and filings copy), the key
 * family, and the hash (null where the algorithm's parameters or the key decide it).
 */
export const signatureAlgorithms: Readonly<
  Record<string, { name: string; family: SignatureFamily; hash: string | null }>
> = {
  '1.2.840.113549.1.1.4': { name: 'MD5withRSA', family: 'RSA', hash: 'md5' },
  '1.2.840.113549.1.1.5': { name: 'SHA1withRSA', family: 'RSA', hash: 'sha1' },
  '1.2.840.113549.1.1.14': { name: 'SHA224withRSA', family: 'RSA', hash: 'sha224' },
  [OID.sha256WithRsa]: { name: 'SHA256withRSA', family: 'RSA', hash: 'sha256' },
  '1.2.840.113549.1.1.12': { name: 'SHA384withRSA', family: 'RSA', hash: 'sha384' },
  '1.2.840.113549.1.1.13': { name: 'SHA512withRSA', family: 'RSA', hash: 'sha512' },
  [OID.rsassaPss]: { name: 'RSASSA-PSS', family: 'RSA-PSS', hash: null },
  '1.2.840.10045.4.1': { name: 'SHA1withECDSA', family: 'ECDSA', hash: 'sha1' },
  '1.2.840.10045.4.3.1': { name: 'SHA224withECDSA', family: 'ECDSA', hash: 'sha224' },
  [OID.ecdsaWithSha256]: { name: 'SHA256withECDSA', family: 'ECDSA', hash: 'sha256' },
  '1.2.840.10045.4.3.3': { name: 'SHA384withECDSA', family: 'ECDSA', hash: 'sha384' },
  '1.2.840.10045.4.3.4': { name: 'SHA512withECDSA', family: 'ECDSA', hash: 'sha512' },
  '1.2.840.10040.4.3': { name: 'SHA1withDSA', family: 'DSA', hash: 'sha1' },
  '2.16.840.1.101.3.4.3.2': { name: 'SHA256withDSA', family: 'DSA', hash: 'sha256' },
  [OID.ed25519]: { name: 'Ed25519', family: 'Ed25519', hash: null },
}

/** A signature algorithm's name (`SHA256withRSA`), or its OID when it has none here. */
export function signatureAlgorithmName(id: string): string {
  return signatureAlgorithms[id]?.name ?? id
}

/** The SHA-family hash an RSA or ECDSA signature OID names (what CMS checks can verify); else undefined. */
export function shaOfSignature(id: string, family: 'RSA' | 'ECDSA'): string | undefined {
  const algorithm = signatureAlgorithms[id]
  return algorithm?.family === family && algorithm.hash?.startsWith('sha') ? algorithm.hash : undefined
}

/** Digest algorithm OIDs (and the RSA/ECDSA signature OIDs some signers put in their place) → Node hash names. */
export const digestByOid: Readonly<Record<string, string>> = {
  [OID.sha1]: 'sha1',
  [OID.sha224]: 'sha224',
  [OID.sha256]: 'sha256',
  [OID.sha384]: 'sha384',
  [OID.sha512]: 'sha512',
  ...Object.fromEntries(
    Object.keys(signatureAlgorithms).flatMap((id) => {
      const hash = shaOfSignature(id, 'RSA') ?? shaOfSignature(id, 'ECDSA')
      return hash ? [[id, hash]] : []
    }),
  ),
}

/** How a digest is named to the user: 'sha256' → 'SHA-256'. */
export function digestLabel(hash: string): string {
  return hash.replace(/^sha(\d+)$/, 'SHA-$1')
}
