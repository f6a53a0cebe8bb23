import type { FilingEvent, StepStatus } from '../../../../shared/contract/filing'
import type { FilingStatus, FilingType, ProviderId } from '../../../../shared/contract/filing-flow'
import { formSections, type FilingForm } from '../../../../shared/contract/filing-form'
import { userError } from '../../../../shared/errors'
import type { Connection } from '../../db/connection'
import { emptyForm } from './empty-form'

export interface FilingRow {
  id: number
  appName: string
  provider: ProviderId
  filingType: FilingType
  flowId: string
  province: string
  orderId: string
  status: FilingStatus
  statusAt: string
  returnReasons: string[]
  returnNote: string
  appNumber: string
  notes: string
  smsSentAt: string | null
  smsWrongCodes: number
  createdAt: string
  updatedAt: string
}

export interface StepRow {
  key: string
  position: number
  status: StepStatus
  startedAt: string | null
  doneAt: string | null
  note: string
}

export interface AttachmentRow {
  id: number
  name: string
  sha256: string
  mime: string
  bytes: number
  materialKey: string
  addedAt: string
}

const FILING_COLUMNS = `id, app_name AS appName, provider, filing_type AS filingType, flow_id AS flowId, province,
  order_id AS orderId, status, status_at AS statusAt, return_reasons AS returnReasons, return_note AS returnNote,
  app_number AS appNumber, notes, sms_sent_at AS smsSentAt, sms_wrong_codes AS smsWrongCodes,
  created_at AS createdAt, updated_at AS updatedAt`

type RawFiling = Omit<FilingRow, 'returnReasons'> & { returnReasons: string }
const toRow = (raw: RawFiling): FilingRow => ({
  ...raw,
  returnReasons: JSON.parse(raw.returnReasons) as string[],
})

export type FilingPatch = Partial<
  Pick<
    FilingRow,
    | 'appName'
    | 'province'
    | 'orderId'
    | 'appNumber'
    | 'notes'
    | 'status'
    | 'statusAt'
    | 'returnNote'
    | 'smsSentAt'
    | 'smsWrongCodes'
  >
> & { returnReasons?: string[] }

const patchColumns: Record<keyof FilingPatch, string> = {
  appName: 'app_name',
  province: 'province',
  orderId: 'order_id',
  appNumber: 'app_number',
  notes: 'notes',
  status: 'status',
  statusAt: 'status_at',
  returnReasons: 'return_reasons',
  returnNote: 'return_note',
  smsSentAt: 'sms_sent_at',
  smsWrongCodes: 'sms_wrong_codes',
}

/** SQL for the filing tables. Callers group writes into one transaction with `transaction`. */
export class FilingStore {
  constructor(private readonly db: () => Connection) {}

  transaction<T>(work: () => T): T {
    return this.db().transaction(work)()
  }

  insert(
    row: Pick<
      FilingRow,
      'appName' | 'provider' | 'filingType' | 'flowId' | 'province' | 'status' | 'statusAt'
    >,
  ): number {
    const result = this.db()
      .prepare(
        `INSERT INTO filing (app_name, provider, filing_type, flow_id, province, status, status_at, created_at, updated_at)
         VALUES (@appName, @provider, @filingType, @flowId, @province, @status, @statusAt, @statusAt, @statusAt)`,
      )
      .run(row)
    return Number(result.lastInsertRowid)
  }

  all(): FilingRow[] {
    return (
      this.db().prepare(`SELECT ${FILING_COLUMNS} FROM filing ORDER BY updated_at DESC`).all() as RawFiling[]
    ).map(toRow)
  }

  get(id: number): FilingRow {
    const raw = this.db().prepare(`SELECT ${FILING_COLUMNS} FROM filing WHERE id = ?`).get(id) as
      RawFiling | undefined
    if (!raw) throw userError('NOT_FOUND', 'filing.not-found', 'There is no filing {{id}}', { id })
    return toRow(raw)
  }

  update(id: number, patch: FilingPatch, now: string): void {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as Array<
      [keyof FilingPatch, unknown]
    >
    const sets = entries.map(([key]) => `${patchColumns[key]} = @${key}`)
    const values = Object.fromEntries(
      entries.map(([k, v]) => [k, k === 'returnReasons' ? JSON.stringify(v) : v]),
    )
    this.db()
      .prepare(`UPDATE filing SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`)
      .run({ ...values, id, now })
  }

  remove(id: number): boolean {
    return this.db().prepare('DELETE FROM filing WHERE id = ?').run(id).changes > 0
  }

  insertSteps(id: number, keys: string[]): void {
    const insert = this.db().prepare(
      'INSERT INTO filing_step (filing_id, step_key, position) VALUES (?, ?, ?)',
    )
    keys.forEach((key, i) => insert.run(id, key, i))
  }

  steps(id: number): StepRow[] {
    return this.db()
      .prepare(
        `SELECT step_key AS key, position, status, started_at AS startedAt, done_at AS doneAt, note
         FROM filing_step WHERE filing_id = ? ORDER BY position`,
      )
      .all(id) as StepRow[]
  }

  updateStep(id: number, step: StepRow): void {
    this.db()
      .prepare(
        `UPDATE filing_step SET status = @status, started_at = @startedAt, done_at = @doneAt, note = @note
         WHERE filing_id = @id AND step_key = @key`,
      )
      .run({ ...step, id })
  }

  addEvent(id: number, at: string, kind: FilingEvent['kind'], detail: Record<string, unknown>): void {
    this.db()
      .prepare('INSERT INTO filing_event (filing_id, at, kind, detail) VALUES (?, ?, ?, ?)')
      .run(id, at, kind, JSON.stringify(detail))
  }

  events(id: number): FilingEvent[] {
    const rows = this.db()
      .prepare('SELECT at, kind, detail FROM filing_event WHERE filing_id = ? ORDER BY at, id')
      .all(id) as Array<{ at: string; kind: FilingEvent['kind']; detail: string }>
    return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }))
  }

  /** The form, section by section; sections never saved take their empty value. */
  form(id: number): FilingForm {
    const rows = this.db()
      .prepare('SELECT section, value FROM filing_field WHERE filing_id = ?')
      .all(id) as Array<{
      section: string
      value: string
    }>
    const form = emptyForm() as Record<string, unknown>
    for (const row of rows)
      if (formSections.includes(row.section as keyof FilingForm)) form[row.section] = JSON.parse(row.value)
    return form as FilingForm
  }

  saveForm(id: number, form: FilingForm, now: string): void {
    const upsert = this.db().prepare(
      `INSERT INTO filing_field (filing_id, section, value, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (filing_id, section) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    for (const section of formSections) upsert.run(id, section, JSON.stringify(form[section]), now)
  }

  attachments(id: number): AttachmentRow[] {
    return this.db()
      .prepare(
        `SELECT a.id, a.name, a.asset_sha256 AS sha256, s.mime, s.bytes, a.material_key AS materialKey, a.added_at AS addedAt
         FROM filing_attachment a JOIN asset s ON s.sha256 = a.asset_sha256 WHERE a.filing_id = ? ORDER BY a.id`,
      )
      .all(id) as AttachmentRow[]
  }

  addAttachment(id: number, sha256: string, name: string, materialKey: string, now: string): void {
    this.db()
      .prepare(
        'INSERT INTO filing_attachment (filing_id, asset_sha256, name, material_key, added_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(id, sha256, name, materialKey, now)
  }

  removeAttachment(id: number, attachmentId: number): boolean {
    return (
      this.db().prepare('DELETE FROM filing_attachment WHERE filing_id = ? AND id = ?').run(id, attachmentId)
        .changes > 0
    )
  }

  /** Every blob a filing still points at (for whoever cleans up unused assets). */
  attachedBlobs(): Set<string> {
    return new Set(
      this.db().prepare('SELECT DISTINCT asset_sha256 FROM filing_attachment').pluck().all() as string[],
    )
  }
}
