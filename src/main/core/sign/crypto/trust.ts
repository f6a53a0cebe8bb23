import { createHash } from 'node:crypto'
import { certificateInfo, infoOf, type CertificateInfo } from './certificate-info'
import { isIssuedBy, parseCertificate, type ParsedCertificate } from '../../pki/certificate'
import { IssuerIndex } from './issuer-index'

export interface ChainCheck {
  /** Signer first, then the issuers found, up to a self-signed root or where it stops. */
  chain: CertificateInfo[]
  /** Every certificate of the chain was valid at `at`. */
  validAtSigning: boolean
  /** The chain reaches a trusted certificate (the signer's own included) through verified links. */
  trusted: boolean
  /** The signer's certificate is self-signed. */
  selfSigned: boolean
  /** The signer's certificate has expired by `now`. */
  expiredNow: boolean
}

const MAX_DEPTH = 10
const fingerprint = (der: Uint8Array) => createHash('sha256').update(der).digest('hex')

/**
 * Builds the signer's chain from `pool` (the signature's certificates) and `trusted` (the ones the
 * user trusts), each link checked by signature, and says whether it ends in trust.
 */
export function checkChain(
  signer: Buffer,
  pool: Buffer[],
  trusted: Buffer[],
  at: Date,
  now: Date = new Date(),
): ChainCheck {
  const leafInfo = certificateInfo(signer)
  const leaf = parseCertificate(signer)
  const trustedPrints = new Set(trusted.map((der) => fingerprint(der)))
  const candidates = [...trusted, ...pool].flatMap((der) => {
    try {
      return [parseCertificate(der)]
    } catch {
      return []
    }
  })

  const index = new IssuerIndex(candidates)
  const chain: ParsedCertificate[] = [leaf]
  // The same certificate may come twice (trusted and in the signature): used by its bytes.
  const used = new Set<string>([fingerprint(leaf.der)])
  const usedCerts = new Set<ParsedCertificate>()
  for (let current = leaf; chain.length < MAX_DEPTH && !isIssuedBy(current, current);) {
    const issuer = index.issuerOf(current, usedCerts, (c) => canIssue(c) && !used.has(fingerprint(c.der)))
    if (!issuer) break
    chain.push(issuer)
    used.add(fingerprint(issuer.der))
    usedCerts.add(issuer)
    current = issuer
  }

  const infos = chain.map((c, i) => (i === 0 ? leafInfo : infoOf(c)))
  const t = at.getTime()
  return {
    chain: infos,
    validAtSigning: infos.every((c) => c.notBefore.getTime() <= t && t <= c.notAfter.getTime()),
    // Every link was verified when the chain was built, so reaching a trusted certificate is enough.
    trusted: chain.some((c) => trustedPrints.has(fingerprint(c.der))),
    selfSigned: leafInfo.selfSigned,
    expiredNow: leafInfo.notAfter.getTime() < now.getTime(),
  }
}

/** Only a CA certificate (or an old v1 one, which cannot say) may vouch for another. */
function canIssue(cert: ParsedCertificate): boolean {
  if (cert.canSignCertificates === false) return false
  return cert.isCa === true || (cert.version === 1 && cert.isCa === null)
}
