import type { CheckedCertifyRequest, CheckedNewIdentity, Identity } from '../../../../shared/contract/certify'
import { userError } from '../../../../shared/app-error'
import { certificateInfo, createSelfSignedIdentity, readPkcs12 } from '../crypto'
import type { CertifyChoice } from '../sign-file'
import type { IdentityStore } from './identity-store'
import type { Signer } from './certify-pdf'

/** A new self-signed identity, its key protected as the store decides. */
export function createIdentity(
  identities: IdentityStore,
  request: CheckedNewIdentity,
  now = new Date(),
): Identity {
  const made = createSelfSignedIdentity({
    commonName: request.commonName,
    days: request.days,
    algorithm: request.algorithm,
    now,
    ...(request.organization ? { organization: request.organization } : {}),
    ...(request.email ? { email: request.email } : {}),
  })
  return identities.add({
    certificate: made.certificate,
    chain: [],
    privateKey: made.privateKey,
    source: 'created',
    passphrase: request.passphrase,
  })
}

/** A .p12/.pfx from a CA; its key is kept under `passphrase`, or the file's own password. */
export function importIdentity(
  identities: IdentityStore,
  data: Uint8Array,
  password: string,
  passphrase: string | undefined,
): Identity {
  const read = readPkcs12(data, password)
  return identities.add({
    certificate: read.certificate,
    chain: read.chain,
    privateKey: read.privateKey,
    source: 'imported',
    passphrase: passphrase ?? password,
  })
}

/** An expired (or not yet valid) certificate signs only when the user insists. */
export function assertUsable(certificate: Buffer, allowExpired: boolean, now: Date): void {
  const info = certificateInfo(certificate)
  if (allowExpired) return
  if (info.notAfter.getTime() < now.getTime())
    throw userError(
      'VALIDATION',
      'certify.certificate-expired',
      'the certificate of {{name}} expired on {{date}}; readers will flag the signature. Sign anyway only if you must',
      { name: info.commonName, date: info.notAfter.toISOString().slice(0, 10) },
    )
  if (info.notBefore.getTime() > now.getTime())
    throw userError(
      'VALIDATION',
      'certify.certificate-not-yet-valid',
      'the certificate of {{name}} is valid only from {{date}}',
      {
        name: info.commonName,
        date: info.notBefore.toISOString().slice(0, 10),
      },
    )
}

type CertifyFields = Omit<CheckedCertifyRequest, 'identityId' | 'passphrase'>

function choice(signer: Signer, identityId: number | null, request: CertifyFields): CertifyChoice {
  return {
    signer,
    identityId,
    details: {
      subFilter: request.subFilter,
      ...(request.reason ? { reason: request.reason } : {}),
      ...(request.location ? { location: request.location } : {}),
      ...(request.contact ? { contact: request.contact } : {}),
    },
  }
}

/** Unlocks a stored identity for one signing, refusing an expired one unless asked. */
export function certifyWithIdentity(
  identities: IdentityStore,
  request: CheckedCertifyRequest,
  now = new Date(),
): CertifyChoice {
  const unlocked = identities.unlock(request.identityId, request.passphrase)
  assertUsable(unlocked.certificate, request.allowExpired, now)
  return choice(unlocked, unlocked.identity.id, request)
}

/** Signs with a .p12 given directly (the CLI), without storing it. */
export function certifyWithP12(
  data: Uint8Array,
  password: string,
  request: CertifyFields,
  now = new Date(),
): CertifyChoice {
  const read = readPkcs12(data, password)
  assertUsable(read.certificate, request.allowExpired, now)
  return choice(read, null, request)
}
