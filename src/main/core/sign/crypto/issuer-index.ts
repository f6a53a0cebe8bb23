import { isIssuedBy, type ParsedCertificate } from '../../pki/certificate'

const nameKey = (der: Uint8Array) => Buffer.from(der).toString('base64')

/**
 * Certificates by subject name, so finding a certificate's issuer looks at the few with that name
 * instead of every certificate (a file with thousands made chain building quadratic).
 */
export class IssuerIndex {
  private readonly bySubject = new Map<string, ParsedCertificate[]>()

  constructor(certificates: readonly ParsedCertificate[]) {
    for (const cert of certificates) {
      const key = nameKey(cert.subject.der)
      const list = this.bySubject.get(key)
      if (list) list.push(cert)
      else this.bySubject.set(key, [cert])
    }
  }

  /** The first certificate that signed `child` (its signature checked), not in `used`, that `may` accept. */
  issuerOf(
    child: ParsedCertificate,
    used: ReadonlySet<ParsedCertificate>,
    may: (cert: ParsedCertificate) => boolean = () => true,
  ): ParsedCertificate | undefined {
    return this.bySubject
      .get(nameKey(child.issuer.der))
      ?.find((c) => !used.has(c) && may(c) && isIssuedBy(child, c))
  }
}

/**
 * `leaf`'s issuers from `others`, nearest first, as far as they go (at most `maxDepth`), then the
 * certificates that are not on the chain, in their order.
 */
export function orderChain(
  leaf: ParsedCertificate,
  others: readonly ParsedCertificate[],
  maxDepth = 64,
  may?: (cert: ParsedCertificate) => boolean,
): ParsedCertificate[] {
  const index = new IssuerIndex(others)
  const used = new Set<ParsedCertificate>([leaf])
  const chain: ParsedCertificate[] = []
  for (let current = leaf; chain.length < maxDepth;) {
    const issuer = index.issuerOf(current, used, may)
    if (!issuer) break
    chain.push(issuer)
    used.add(issuer)
    current = issuer
  }
  return [...chain, ...others.filter((c) => !used.has(c))]
}
