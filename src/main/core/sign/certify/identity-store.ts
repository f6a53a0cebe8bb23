import { createPrivateKey, type KeyObject } from 'node:crypto'
import type { Identity } from '../../../../shared/contract/certify'
import { userError } from '../../../../shared/app-error'
import type { DataStore } from '../../db/data-store'
import type { KeyStore } from '../../platform-port'
import { certificateInfo } from '../crypto'
import type { Signer } from './certify-pdf'
import { joinCertificates, splitCertificates } from './certificate-list'
import { isLegacySeal, openSealed, sealWithPassphrase } from './key-seal'
import { MIN_PASSPHRASE_LENGTH, passphraseTooShort } from '../../../../shared/contract/certify-values'

interface IdentityRow {
  id: number
  common_name: string
  subject: string
  issuer: string
  serial_hex: string
  cert_sha256: string
  not_before: string
  not_after: string
  key_algorithm: string
  self_signed: number
  source: Identity['source']
  key_protection: Identity['keyProtection']
  created_at: string
}

export interface NewIdentityKey {
  certificate: Buffer
  chain: Buffer[]
  privateKey: KeyObject
  source: Identity['source']
  /** Protects the key; required when there is no OS key store, ignored when there is one. */
  passphrase: string | undefined
}

const COLUMNS = `id, common_name, subject, issuer, serial_hex, cert_sha256, not_before, not_after, key_algorithm,
  self_signed, source, key_protection, created_at`

function toIdentity(row: IdentityRow, now = new Date()): Identity {
  return {
    id: row.id,
    commonName: row.common_name,
    subject: row.subject,
    issuer: row.issuer,
    serialHex: row.serial_hex,
    sha256: row.cert_sha256,
    notBefore: row.not_before,
    notAfter: row.not_after,
    keyAlgorithm: row.key_algorithm,
    selfSigned: row.self_signed === 1,
    expired: new Date(row.not_after).getTime() < now.getTime(),
    source: row.source,
    keyProtection: row.key_protection,
    createdAt: row.created_at,
  }
}

/**
 * The user's signing identities. A private key is stored only encrypted: sealed by the OS key
 * store when there is one, else encrypted under the user's passphrase (scrypt and AES-256-GCM,
 * key-seal.ts). It leaves this class only unlocked in memory, to sign.
 */
export class IdentityStore {
  constructor(
    private readonly store: DataStore,
    private readonly keyStore: () => KeyStore | null,
  ) {}

  list(): Identity[] {
    const rows = this.store.db
      .prepare(`SELECT ${COLUMNS} FROM sign_identity ORDER BY created_at DESC, id DESC`)
      .all() as IdentityRow[]
    return rows.map((r) => toIdentity(r))
  }

  get(id: number): Identity {
    const row = this.store.db.prepare(`SELECT ${COLUMNS} FROM sign_identity WHERE id = ?`).get(id) as
      IdentityRow | undefined
    if (!row)
      throw userError('NOT_FOUND', 'certify.identity-missing', 'there is no signing identity {{id}}', { id })
    return toIdentity(row)
  }

  add(key: NewIdentityKey): Identity {
    const info = certificateInfo(key.certificate)
    const exists = this.store.db
      .prepare('SELECT id FROM sign_identity WHERE cert_sha256 = ?')
      .get(info.sha256)
    if (exists)
      throw userError(
        'VALIDATION',
        'certify.identity-exists',
        'this certificate is already one of your identities ({{name}})',
        {
          name: info.commonName,
        },
      )
    const sealed = this.seal(key.privateKey, key.passphrase)
    const id = Number(
      this.store.db
        .prepare(
          `INSERT INTO sign_identity (common_name, subject, issuer, serial_hex, cert_sha256, not_before, not_after,
             key_algorithm, self_signed, source, certificate, chain, key_protection, private_key)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          info.commonName,
          info.subject,
          info.issuer,
          info.serialHex,
          info.sha256,
          info.notBefore.toISOString(),
          info.notAfter.toISOString(),
          info.keyAlgorithm,
          info.selfSigned ? 1 : 0,
          key.source,
          key.certificate,
          key.chain.length > 0 ? joinCertificates(key.chain) : null,
          sealed.protection,
          sealed.data,
        ).lastInsertRowid,
    )
    return this.get(id)
  }

  private seal(privateKey: KeyObject, passphrase: string | undefined) {
    const os = this.keyStore()
    if (os) {
      const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string
      return { protection: 'os' as const, data: os.seal(pem) }
    }
    if (!passphrase || passphrase.length < MIN_PASSPHRASE_LENGTH) throw passphraseTooShort()
    return { protection: 'passphrase' as const, data: sealWithPassphrase(privateKey, passphrase) }
  }

  certificate(id: number): Buffer {
    const row = this.store.db.prepare('SELECT certificate FROM sign_identity WHERE id = ?').get(id) as
      { certificate: Buffer } | undefined
    if (!row)
      throw userError('NOT_FOUND', 'certify.identity-missing', 'there is no signing identity {{id}}', { id })
    return row.certificate
  }

  /** The key, unlocked, with its certificate and chain; a wrong passphrase is refused. */
  unlock(id: number, passphrase: string | undefined): Signer & { identity: Identity } {
    const identity = this.get(id)
    const row = this.store.db
      .prepare('SELECT certificate, chain, private_key FROM sign_identity WHERE id = ?')
      .get(id) as { certificate: Buffer; chain: Buffer | null; private_key: Buffer }
    let privateKey: KeyObject
    if (identity.keyProtection === 'os') {
      const os = this.keyStore()
      if (!os)
        throw userError(
          'UNAVAILABLE',
          'certify.key-store-unavailable',
          'the key of {{name}} is kept by the system key store of the Paperdesk app; sign with it in the app',
          { name: identity.commonName },
        )
      privateKey = createPrivateKey(os.open(row.private_key))
    } else {
      if (!passphrase)
        throw userError('VALIDATION', 'certify.passphrase-missing', 'enter the passphrase of {{name}}', {
          name: identity.commonName,
        })
      const opened = openSealed(row.private_key, passphrase)
      if (!opened)
        throw userError('VALIDATION', 'certify.passphrase-wrong', 'the passphrase of {{name}} is wrong', {
          name: identity.commonName,
        })
      privateKey = opened
      // A key stored the earlier way (PBKDF2, 2 048 iterations) is sealed again the current way.
      if (isLegacySeal(row.private_key))
        this.store.db
          .prepare('UPDATE sign_identity SET private_key = ? WHERE id = ?')
          .run(sealWithPassphrase(privateKey, passphrase), id)
    }
    return {
      identity,
      privateKey,
      certificate: row.certificate,
      chain: row.chain ? splitCertificates(row.chain) : [],
    }
  }

  delete(id: number): boolean {
    return this.store.db.prepare('DELETE FROM sign_identity WHERE id = ?').run(id).changes > 0
  }
}
