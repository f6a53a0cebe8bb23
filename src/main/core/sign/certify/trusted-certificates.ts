import type { TrustedCertificate } from '../../../../shared/contract/certify'
import type { DataStore } from '../../db/data-store'
import { certificateInfo } from '../crypto'

/** Certificates the user has said they trust: a signature chaining to one is "trusted". */
export class TrustedCertificates {
  constructor(private readonly store: DataStore) {}

  list(): TrustedCertificate[] {
    return (
      this.store.db
        .prepare(
          'SELECT cert_sha256, subject, added_at FROM sign_trusted_cert ORDER BY added_at, cert_sha256',
        )
        .all() as { cert_sha256: string; subject: string; added_at: string }[]
    ).map((r) => ({ sha256: r.cert_sha256, subject: r.subject, addedAt: r.added_at }))
  }

  certificates(): Buffer[] {
    return (
      this.store.db.prepare('SELECT certificate FROM sign_trusted_cert').all() as { certificate: Buffer }[]
    ).map((r) => r.certificate)
  }

  /** Trusting a certificate twice keeps the first entry. */
  add(der: Uint8Array): TrustedCertificate {
    const info = certificateInfo(der)
    this.store.db
      .prepare('INSERT OR IGNORE INTO sign_trusted_cert (cert_sha256, subject, certificate) VALUES (?, ?, ?)')
      .run(info.sha256, info.subject, Buffer.from(der))
    return this.list().find((t) => t.sha256 === info.sha256) as TrustedCertificate
  }

  remove(sha256: string): boolean {
    return (
      this.store.db.prepare('DELETE FROM sign_trusted_cert WHERE cert_sha256 = ?').run(sha256.toUpperCase())
        .changes > 0
    )
  }
}
