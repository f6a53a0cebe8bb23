import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Identity, NewIdentity, TrustedCertificate, VerifyReport } from '../../shared/contract/certify'
import type { DataStore } from '../../main/core/db/data-store'
import { readCertificateFile } from '../../main/core/sign/crypto'
import { writeOutputFile } from '../../main/core/sign/output-file'
import { readInput, type CertifyChoice } from '../../main/core/sign/sign-file'
import {
  certifyWithIdentity,
  certifyWithP12,
  createIdentity,
  importIdentity,
} from '../../main/core/sign/certify/identity-actions'
import { IdentityStore } from '../../main/core/sign/certify/identity-store'
import { TrustedCertificates } from '../../main/core/sign/certify/trusted-certificates'
import { storeContext, verifyPdf } from '../../main/core/sign/certify/verify-pdf'
import { UsageError } from '../command'

// The CLI has no OS key store: every key it stores is protected by a passphrase.
const identities = (store: DataStore) => new IdentityStore(store, () => null)

/** A password file's text without its final line break. */
export async function readPasswordFile(path: string): Promise<string> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new UsageError(`cannot read the password file ${path}`)
  }
  return text.replace(/\r?\n$/, '')
}

const isIdentityId = (value: string) => /^\d+$/.test(value) && !existsSync(value)

export function newIdentity(store: DataStore, request: NewIdentity): Identity {
  return createIdentity(identities(store), request)
}

export async function importP12(store: DataStore, path: string, password: string): Promise<Identity> {
  return importIdentity(identities(store), await readInput(path), password, undefined)
}

export function listIdentities(store: DataStore): Identity[] {
  return identities(store).list()
}

export async function exportCertificate(store: DataStore, id: number, out: string): Promise<void> {
  await writeOutputFile(out, identities(store).certificate(id))
}

export function deleteIdentity(store: DataStore, id: number): boolean {
  return identities(store).delete(id)
}

export interface CertifyCliOptions {
  certify: string
  password: string
  reason?: string
  location?: string
  contact?: string
  cades: boolean
  allowExpired: boolean
}

/** `--certify ID|FILE.p12`: a stored identity, or a .p12 used once without being stored. */
export async function certifyChoice(store: DataStore, o: CertifyCliOptions): Promise<CertifyChoice> {
  const fields = {
    subFilter: o.cades ? ('ETSI.CAdES.detached' as const) : ('adbe.pkcs7.detached' as const),
    allowExpired: o.allowExpired,
    ...(o.reason ? { reason: o.reason } : {}),
    ...(o.location ? { location: o.location } : {}),
    ...(o.contact ? { contact: o.contact } : {}),
  }
  if (isIdentityId(o.certify))
    return certifyWithIdentity(identities(store), {
      ...fields,
      identityId: Number(o.certify),
      passphrase: o.password,
    })
  return certifyWithP12(await readInput(o.certify), o.password, fields)
}

export async function verify(store: DataStore, path: string): Promise<VerifyReport> {
  return verifyPdf(path, await readInput(path), storeContext(store))
}

/** `sign trust add FILE.cer|ID`: a certificate file, or the certificate of a stored identity. */
export async function trust(store: DataStore, value: string): Promise<TrustedCertificate> {
  const der = isIdentityId(value)
    ? identities(store).certificate(Number(value))
    : readCertificateFile(await readInput(value))
  return new TrustedCertificates(store).add(der)
}

export function listTrusted(store: DataStore): TrustedCertificate[] {
  return new TrustedCertificates(store).list()
}

export function untrust(store: DataStore, sha256: string): boolean {
  return new TrustedCertificates(store).remove(sha256)
}
