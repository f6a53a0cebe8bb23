import type { FilingDetail, FilingSummary, StepStatus } from '../../../../shared/contract/filing'
import type { FilingStatus, FilingType, ProviderId } from '../../../../shared/contract/filing-flow'
import type { FilingForm } from '../../../../shared/contract/filing-form'
import { userError } from '../../../../shared/errors'
import { flowFor, stepsFor } from '../flows'
import { canonicalFilingNumber } from '../validate/canonical'
import { compareDue } from './due-next'
import { emptyForm } from './empty-form'
import type { FilingRow, FilingStore, StepRow } from './filing-store'
import { normalizeForm } from './normalize-form'
import {
  detailOf,
  flowOf,
  issuesOf,
  smsRecord,
  stepsWithFlow,
  summaryOf,
  type StepWithFlow,
} from './filing-view'
import { smsWindow, SMS_MAX_WRONG_CODES } from './sms-window'
import { canMove, rank } from './status-machine'

export interface NewFiling {
  appName: string
  provider: ProviderId
  filingType: FilingType
  province: string
}

export type SmsAction = 'received' | 'wrong-code' | 'resent' | 'verified'

/**
 * Filing records and their status machine. Outside `returned`, the status follows the steps: the
 * furthest step in progress or done says where the filing is. Every change is one transaction.
 */
export class FilingRecords {
  constructor(
    private readonly store: FilingStore,
    private readonly clock: () => Date,
  ) {}

  private now(): { date: Date; iso: string } {
    const date = this.clock()
    return { date, iso: date.toISOString() }
  }

  create(input: NewFiling): number {
    const flow = flowFor(input.provider, input.filingType)
    if (!flow)
      throw userError('VALIDATION', 'filing.no-flow', 'There is no flow for this provider and filing type', {
        provider: input.provider,
        type: input.filingType,
      })
    const { iso } = this.now()
    return this.store.transaction(() => {
      const id = this.store.insert({ ...input, flowId: flow.id, status: 'draft', statusAt: iso })
      this.store.insertSteps(
        id,
        stepsFor(flow, input.filingType).map((s) => s.key),
      )
      const form = emptyForm()
      form.app.name = input.appName
      form.subject.province = input.province
      this.store.saveForm(id, form, iso)
      this.store.addEvent(id, iso, 'status', { to: 'draft' })
      return id
    })
  }

  list(): FilingSummary[] {
    const now = this.clock()
    return this.store
      .all()
      .map((row) => summaryOf(this.store, row, now))
      .sort((a, b) => compareDue(a.due, b.due) || b.updatedAt.localeCompare(a.updatedAt))
  }

  detail(id: number): FilingDetail {
    return detailOf(this.store, this.store.get(id), this.clock())
  }

  update(
    id: number,
    patch: Partial<Pick<FilingRow, 'appName' | 'province' | 'orderId' | 'appNumber' | 'notes'>>,
  ): FilingDetail {
    const { appNumber, orderId } = patch
    const clean = {
      ...patch,
      ...(appNumber === undefined ? {} : { appNumber: canonicalFilingNumber(appNumber) }),
      ...(orderId === undefined ? {} : { orderId: orderId.trim() }),
    }
    this.store.transaction(() => {
      this.store.get(id)
      this.store.update(id, clean, this.now().iso)
    })
    return this.detail(id)
  }

  remove(id: number): boolean {
    return this.store.remove(id)
  }

  /** Stores the form in its canonical layout (normalize-form.ts), whoever sent it. */
  saveForm(id: number, typed: FilingForm): FilingDetail {
    const form = normalizeForm(typed)
    this.store.transaction(() => {
      this.store.get(id)
      const { iso } = this.now()
      this.store.saveForm(id, form, iso)
      this.store.update(id, form.app.name ? { appName: form.app.name.slice(0, 100) } : {}, iso)
    })
    return this.detail(id)
  }

  setStep(id: number, key: string, status: StepStatus | undefined, note: string | undefined): FilingDetail {
    this.store.transaction(() => {
      const row = this.store.get(id)
      const steps = stepsWithFlow(row, this.store.steps(id))
      const step = steps.find((s) => s.key === key)
      if (!step)
        throw userError('NOT_FOUND', 'filing.no-such-step', 'This filing has no step {{step}}', { step: key })
      const { date, iso } = this.now()
      const next: StepRow = { ...step, note: note ?? step.note }
      if (status && status !== step.status) {
        if (status === 'done' && step.flow?.completes === 'submitted') this.assertSubmittable(row, date)
        next.status = status
        next.startedAt = status === 'todo' ? null : (step.startedAt ?? iso)
        next.doneAt = status === 'done' ? iso : null
        this.store.addEvent(id, iso, 'step', { step: key, from: step.status, to: status })
      }
      this.store.updateStep(id, next)
      this.store.update(id, {}, iso)
      if (status && status !== step.status) {
        const resubmitted =
          row.status === 'returned' && status === 'done' && step.flow?.completes === 'submitted'
        if (resubmitted) {
          this.resetStepsAfter(row, key, iso)
          this.moveTo(row, 'submitted', iso, {})
        }
        this.follow(this.store.get(id), iso)
      }
    })
    return this.detail(id)
  }

  markReturned(id: number, reasons: string[], note: string): FilingDetail {
    this.store.transaction(() => {
      const row = this.store.get(id)
      if (!canMove(row.status, 'returned'))
        throw userError('VALIDATION', 'filing.cannot-return', 'Only a filing under review can be returned', {
          status: row.status,
        })
      this.moveTo(row, 'returned', this.now().iso, { returnReasons: reasons, returnNote: note })
    })
    return this.detail(id)
  }

  /** A returned filing goes back to a draft; the steps from the submission on start over. */
  reopen(id: number): FilingDetail {
    this.store.transaction(() => {
      const row = this.store.get(id)
      if (row.status !== 'returned')
        throw userError('VALIDATION', 'filing.not-returned', 'Only a returned filing can be reopened', {
          status: row.status,
        })
      const { iso } = this.now()
      const submit = stepsWithFlow(row, this.store.steps(id)).find((s) => s.flow?.completes === 'submitted')
      if (submit) this.resetStepsFrom(row, submit.position, iso)
      this.moveTo(row, 'draft', iso, {})
    })
    return this.detail(id)
  }

  sms(id: number, action: SmsAction): FilingDetail {
    const row = this.store.get(id)
    const smsStep = stepsWithFlow(row, this.store.steps(id)).find((s) => s.flow?.sms)
    if (!smsStep) throw userError('VALIDATION', 'filing.no-sms-step', 'This kind of filing has no SMS check')
    if (action === 'verified') return this.setStep(id, smsStep.key, 'done', undefined)
    if (action === 'received') {
      if (
        row.status === 'returned' ||
        rank(row.status) > rank('sms-pending') ||
        rank(row.status) < rank('submitted')
      )
        throw userError(
          'VALIDATION',
          'filing.sms-not-expected',
          'The SMS comes after the provider’s review, before the provincial one',
        )
      this.store.transaction(() => {
        const { iso } = this.now()
        this.store.updateStep(id, {
          ...smsStep,
          status: 'doing',
          startedAt: smsStep.startedAt ?? iso,
          doneAt: null,
        })
        this.follow(this.store.get(id), iso)
        this.store.update(id, { smsSentAt: iso, smsWrongCodes: 0 }, iso)
        this.store.addEvent(id, iso, 'sms-received', {})
      })
      return this.detail(id)
    }
    if (row.status !== 'sms-pending')
      throw userError(
        'VALIDATION',
        'filing.sms-not-expected',
        'The SMS comes after the provider’s review, before the provincial one',
      )
    this.store.transaction(() => {
      const { date, iso } = this.now()
      const window = smsWindow(smsRecord(this.store, row), date)
      if (action === 'resent') {
        if (window.resendsLeft === 0)
          throw userError('VALIDATION', 'filing.sms-resend-limit', 'Three resends in 24 hours is the limit', {
            at: window.nextResendAt ?? '',
          })
        this.store.addEvent(id, iso, 'sms-resent', {})
        this.store.update(id, {}, iso)
        return
      }
      const wrong = row.smsWrongCodes + 1
      this.store.update(id, { smsWrongCodes: wrong }, iso)
      this.store.addEvent(id, iso, 'sms-wrong-code', { count: wrong })
      if (wrong >= SMS_MAX_WRONG_CODES)
        this.moveTo(this.store.get(id), 'returned', iso, { returnReasons: ['sms-attempts'], returnNote: '' })
    })
    return this.detail(id)
  }

  private assertSubmittable(row: FilingRow, now: Date): void {
    const errors = issuesOf(row, this.store.form(row.id), now).filter((i) => i.severity === 'error')
    if (errors.length > 0)
      throw userError(
        'VALIDATION',
        'filing.form-has-errors',
        'The form still has {{count}} errors; fix them before submitting',
        {
          count: errors.length,
        },
      )
  }

  /** Outside `returned`, the status is where the furthest step started or done has taken the filing. */
  private follow(row: FilingRow, iso: string): void {
    if (row.status === 'returned') return
    const reached = stepsWithFlow(row, this.store.steps(row.id)).reduce<FilingStatus>((furthest, s) => {
      const at =
        s.status === 'done'
          ? (s.flow?.completes ?? s.flow?.stage)
          : s.status === 'doing'
            ? s.flow?.stage
            : undefined
      return at && rank(at) > rank(furthest) ? at : furthest
    }, 'draft')
    if (reached !== row.status) this.moveTo(row, reached, iso, {})
  }

  private moveTo(
    row: FilingRow,
    to: FilingStatus,
    iso: string,
    extra: { returnReasons?: string[]; returnNote?: string },
  ): void {
    const fresh = to === 'sms-pending' && rank(row.status) < rank('sms-pending')
    this.store.update(
      row.id,
      {
        status: to,
        statusAt: iso,
        ...extra,
        ...(fresh || to === 'returned' ? { smsSentAt: null, smsWrongCodes: 0 } : {}),
        // A (re)submission clears the last return's reasons; a reopened draft keeps them to fix.
        ...(to === 'submitted' ? { returnReasons: [], returnNote: '' } : {}),
      },
      iso,
    )
    this.store.addEvent(row.id, iso, 'status', {
      from: row.status,
      to,
      ...(extra.returnReasons ? { reasons: extra.returnReasons } : {}),
    })
  }

  private resetStepsAfter(row: FilingRow, key: string, iso: string): void {
    const step = this.store.steps(row.id).find((s) => s.key === key)
    if (step) this.resetStepsFrom(row, step.position + 1, iso)
  }

  private resetStepsFrom(row: FilingRow, position: number, iso: string): void {
    for (const s of this.store.steps(row.id) as StepWithFlow[]) {
      if (s.position < position || s.status === 'todo') continue
      this.store.updateStep(row.id, { ...s, status: 'todo', startedAt: null, doneAt: null })
      this.store.addEvent(row.id, iso, 'step', { step: s.key, from: s.status, to: 'todo', reset: true })
    }
  }

  validate(form: FilingForm, provider: ProviderId, filingType: FilingType) {
    const flow = flowFor(provider, filingType)
    return flow ? issuesOf({ flowId: flow.id, provider, filingType }, form, this.clock()) : []
  }

  flowOf(row: FilingRow) {
    return flowOf(row)
  }
}
