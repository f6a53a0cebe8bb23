import type { SignRecord } from '../../../shared/contract/sign'
import type { DataStore } from '../db/data-store'

export type NewSignRecord = Omit<SignRecord, 'id' | 'createdAt'>

interface RecordRow {
  id: number
  created_at: string
  input_name: string
  input_path: string
  input_sha256: string
  output_name: string
  output_path: string
  output_sha256: string
  output_format: SignRecord['outputFormat']
  page_count: number
  origin: SignRecord['origin']
}

interface PlacementRow {
  record_id: number
  page: number
  x: number
  y: number
  width: number
  height: number
  rotate: number
  opacity: number
  signature_id: number | null
  signature_name: string
  signature_sha256: string
  stamp_text: string | null
  strip: string | null
}

interface CertificationRow {
  record_id: number
  identity_id: number | null
  signer: string
  issuer: string
  cert_sha256: string
  sub_filter: string
  reason: string | null
  location: string | null
  contact: string | null
  signed_at: string
}

function certificationOf(row: CertificationRow | undefined): SignRecord['certification'] {
  if (!row) return null
  return {
    identityId: row.identity_id,
    signer: row.signer,
    issuer: row.issuer,
    certificateSha256: row.cert_sha256,
    subFilter: row.sub_filter,
    reason: row.reason,
    location: row.location,
    contact: row.contact,
    signedAt: row.signed_at,
  }
}

/** The audit trail: one record per signed output, with every placement and the signature it used. */
export class SignRecords {
  constructor(private readonly store: DataStore) {}

  /** Adds records (one transaction for all, so a batch is recorded whole or not at all). */
  addAll(records: readonly NewSignRecord[]): SignRecord[] {
    const db = this.store.db
    const insertRecord = db.prepare(
      `INSERT INTO sign_record (input_name, input_path, input_sha256, output_name, output_path, output_sha256,
         output_format, page_count, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const insertPlacement = db.prepare(
      `INSERT INTO sign_placement (record_id, position, page, x, y, width, height, rotate, opacity,
         signature_id, signature_name, signature_sha256, stamp_text, strip)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const insertCertification = db.prepare(
      `INSERT INTO sign_certification (record_id, identity_id, signer, issuer, cert_sha256, sub_filter, reason,
         location, contact, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const ids = db.transaction(() =>
      records.map((r) => {
        const id = Number(
          insertRecord.run(
            r.inputName,
            r.inputPath,
            r.inputSha256,
            r.outputName,
            r.outputPath,
            r.outputSha256,
            r.outputFormat,
            r.pageCount,
            r.origin,
          ).lastInsertRowid,
        )
        r.placements.forEach((p, position) =>
          insertPlacement.run(
            id,
            position,
            p.page,
            p.x,
            p.y,
            p.width,
            p.height,
            p.rotate,
            p.opacity,
            p.signatureId,
            p.signatureName,
            p.signatureSha256,
            p.stampText ?? null,
            p.strip ?? null,
          ),
        )
        const c = r.certification
        if (c)
          insertCertification.run(
            id,
            c.identityId,
            c.signer,
            c.issuer,
            c.certificateSha256,
            c.subFilter,
            c.reason,
            c.location,
            c.contact,
            c.signedAt,
          )
        return id
      }),
    )()
    return ids.map((id) => this.get(id))
  }

  add(record: NewSignRecord): SignRecord {
    return this.addAll([record])[0] as SignRecord
  }

  get(id: number): SignRecord {
    const row = this.store.db.prepare('SELECT * FROM sign_record WHERE id = ?').get(id) as RecordRow
    return this.hydrate([row])[0] as SignRecord
  }

  /** Newest first. */
  list(limit?: number): SignRecord[] {
    const rows = this.store.db
      .prepare(`SELECT * FROM sign_record ORDER BY created_at DESC, id DESC${limit ? ' LIMIT ?' : ''}`)
      .all(...(limit ? [limit] : [])) as RecordRow[]
    return this.hydrate(rows)
  }

  /** The newest record of an output with this content, if one was made here. */
  findByOutput(sha256: string): SignRecord | null {
    const row = this.store.db
      .prepare('SELECT * FROM sign_record WHERE output_sha256 = ? ORDER BY id DESC LIMIT 1')
      .get(sha256.toLowerCase()) as RecordRow | undefined
    return row ? (this.hydrate([row])[0] ?? null) : null
  }

  /** Whether a record says this exact content was written to `path`. */
  hasOutput(path: string, sha256: string): boolean {
    return (
      this.store.db
        .prepare('SELECT 1 FROM sign_record WHERE output_path = ? AND output_sha256 = ? LIMIT 1')
        .get(path, sha256) !== undefined
    )
  }

  /** Takes back records whose files could not be put in place (with their placements). */
  remove(ids: readonly number[]): void {
    const del = this.store.db.prepare('DELETE FROM sign_record WHERE id = ?')
    this.store.db.transaction(() => ids.forEach((id) => del.run(id)))()
  }

  private hydrate(rows: RecordRow[]): SignRecord[] {
    if (rows.length === 0) return []
    const marks = rows.map(() => '?').join(',')
    const certifications = new Map(
      (
        this.store.db
          .prepare(`SELECT * FROM sign_certification WHERE record_id IN (${marks})`)
          .all(...rows.map((r) => r.id)) as CertificationRow[]
      ).map((c) => [c.record_id, c]),
    )
    const placements = this.store.db
      .prepare(
        `SELECT * FROM sign_placement WHERE record_id IN (${rows.map(() => '?').join(',')}) ORDER BY record_id, position`,
      )
      .all(...rows.map((r) => r.id)) as PlacementRow[]
    return rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      inputName: r.input_name,
      inputPath: r.input_path,
      inputSha256: r.input_sha256,
      outputName: r.output_name,
      outputPath: r.output_path,
      outputSha256: r.output_sha256,
      outputFormat: r.output_format,
      pageCount: r.page_count,
      origin: r.origin,
      certification: certificationOf(certifications.get(r.id)),
      placements: placements
        .filter((p) => p.record_id === r.id)
        .map((p) => ({
          page: p.page,
          x: p.x,
          y: p.y,
          width: p.width,
          height: p.height,
          rotate: p.rotate,
          opacity: p.opacity,
          signatureId: p.signature_id,
          signatureName: p.signature_name,
          signatureSha256: p.signature_sha256,
          ...(p.stamp_text !== null ? { stampText: p.stamp_text } : {}),
          ...(p.strip !== null ? { strip: p.strip } : {}),
        })),
    }))
  }
}
