import type {
  CheckedCertifyRequest,
  CheckedNewIdentity,
  Identity,
  TrustedCertificate,
  VerifyReport,
} from '../../../../shared/contract/certify'
import type { ServiceDeps } from '../../service-deps'
import { readCertificateFile } from '../crypto'
import { writeOutputFile } from '../output-file'
import type { CertifyChoice } from '../sign-file'
import { IdentityStore } from './identity-store'
import { TrustedCertificates } from './trusted-certificates'

/** A .p12/.pfx used for one signing without being stored, with the fields readers show. */
export type P12Certify = Omit<CheckedCertifyRequest, 'identityId' | 'passphrase'> & {
  p12: string
  password: string
}

/** Who signs cryptographically: a stored identity (unlocked with its passphrase) or a .p12 file. */
export type CertifySource = CheckedCertifyRequest | P12Certify

/** A certificate to trust: its DER, a certificate file, or a stored identity's certificate. */
export type TrustSource = { der: Uint8Array } | { file: string } | { identityId: number }

const readInput = async (path: string) => (await import('../sign-file')).readInput(path)

/**
 * The certify half of the Sign door: signing identities (keys stored encrypted), the certificates
 * the user trusts, and verifying any signed PDF. Key generation, PKCS#12 and pdf-lib load on first use.
 */
export class CertifyUseCases {
  private readonly identities: IdentityStore
  private readonly trusted: TrustedCertificates

  constructor(protected readonly deps: Pick<ServiceDeps, 'store' | 'platform'>) {
    // Where the shell has no OS key store (CLI, harness), every key is protected by a passphrase.
    this.identities = new IdentityStore(deps.store, () => deps.platform.keyStore())
    this.trusted = new TrustedCertificates(deps.store)
  }

  /** Whether keys can be sealed by the OS key store here (else a passphrase protects them). */
  identityOptions(): { osKeyStore: boolean } {
    return { osKeyStore: this.deps.platform.keyStore() !== null }
  }

  listIdentities(): Identity[] {
    return this.identities.list()
  }

  identity(id: number): Identity {
    return this.identities.get(id)
  }

  /** A new self-signed identity for document signing. */
  async createIdentity(request: CheckedNewIdentity): Promise<Identity> {
    return (await import('./identity-actions')).createIdentity(this.identities, request)
  }

  /** An identity from a CA's .p12/.pfx; its key is kept under `passphrase`, or the file's password. */
  async importIdentity(path: string, password: string, passphrase?: string): Promise<Identity> {
    const { importIdentity } = await import('./identity-actions')
    return importIdentity(this.identities, await readInput(path), password, passphrase)
  }

  /** Writes an identity's certificate (never its key) as DER to a new file. */
  async exportCertificate(id: number, path: string): Promise<void> {
    await writeOutputFile(path, this.identities.certificate(id))
  }

  deleteIdentity(id: number): boolean {
    return this.identities.delete(id)
  }

  /**
   * Unlocks who signs, before anything is read or written: a wrong passphrase or an expired
   * certificate is refused here, not after the user chose where to save.
   */
  async unlock(source: CertifySource): Promise<CertifyChoice> {
    const actions = await import('./identity-actions')
    if ('identityId' in source) return actions.certifyWithIdentity(this.identities, source)
    const { p12, password, ...fields } = source
    return actions.certifyWithP12(await readInput(p12), password, fields)
  }

  /** Checks every signature of a PDF against the trusted certificates and the audit trail. */
  async verifyPdf(path: string): Promise<VerifyReport> {
    const { storeContext, verifyPdf } = await import('./verify-pdf')
    return verifyPdf(path, await readInput(path), storeContext(this.deps.store))
  }

  listTrusted(): TrustedCertificate[] {
    return this.trusted.list()
  }

  /** Trusts a certificate: signatures chaining to it are then "trusted". */
  async trust(source: TrustSource): Promise<TrustedCertificate> {
    if ('der' in source) return this.trusted.add(source.der)
    if ('identityId' in source) return this.trusted.add(this.identities.certificate(source.identityId))
    return this.trusted.add(readCertificateFile(await readInput(source.file)))
  }

  untrust(sha256: string): boolean {
    return this.trusted.remove(sha256)
  }
}
