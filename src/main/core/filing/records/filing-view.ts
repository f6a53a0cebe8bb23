import type { FilingDetail, FilingStep, FilingSummary } from '../../../../shared/contract/filing'
import type { FlowStep, FlowTemplate } from '../../../../shared/contract/filing-flow'
import type { FieldIssue, FilingForm } from '../../../../shared/contract/filing-form'
import { flowById, flowFor, stepsFor } from '../flows'
import { parseFilingNumber } from '../validate/filing-number'
import { validateForm, type RequiredPart } from '../validate/validate-form'
import { providers } from '../flows/providers'
import { alertsFor, dueNext, reviewStart } from './due-next'
import type { FilingRow, FilingStore, StepRow } from './filing-store'
import { materialsFor } from './materials-view'
import { smsWindow, type SmsRecord } from './sms-window'
import { expectedFinish } from './working-days'

export type StepWithFlow = StepRow & { flow: FlowStep | undefined }

export function flowOf(row: Pick<FilingRow, 'flowId' | 'provider' | 'filingType'>): FlowTemplate {
  const flow = flowById(row.flowId) ?? flowFor(row.provider, row.filingType)
  if (!flow) throw new Error(`no flow for ${row.provider}/${row.filingType}`)
  return flow
}

export function stepsWithFlow(row: FilingRow, steps: StepRow[]): StepWithFlow[] {
  const flowSteps = stepsFor(flowOf(row), row.filingType)
  return steps.map((s) => ({ ...s, flow: flowSteps.find((f) => f.key === s.key) }))
}

export function issuesOf(
  row: Pick<FilingRow, 'flowId' | 'provider' | 'filingType'>,
  form: FilingForm,
  now: Date,
): FieldIssue[] {
  return validateForm(form, { now, required: new Set<RequiredPart>(flowOf(row).requires) })
}

/** The SMS round in progress: its first SMS, wrong codes, and the resends asked for since. */
export function smsRecord(store: FilingStore, row: FilingRow): SmsRecord {
  const since = row.smsSentAt ?? row.statusAt
  const resends = store
    .events(row.id)
    .filter((e) => e.kind === 'sms-resent' && e.at >= since)
    .map((e) => e.at)
  return { sentAt: row.smsSentAt, wrongCodes: row.smsWrongCodes, resends }
}

/** What the dashboard shows of one filing. */
export function summaryOf(store: FilingStore, row: FilingRow, now: Date): FilingSummary {
  const steps = stepsWithFlow(row, store.steps(row.id))
  const form = store.form(row.id)
  const errorCount = issuesOf(row, form, now).filter((i) => i.severity === 'error').length
  const {
    returnReasons: _reasons,
    returnNote: _note,
    smsSentAt: _sent,
    smsWrongCodes: _wrong,
    orderId: _order,
    notes: _notes,
    ...base
  } = row
  return {
    ...base,
    progress: { done: steps.filter((s) => s.status === 'done').length, total: steps.length },
    errorCount,
    due: dueNext({ filing: row, steps, errorCount, sms: smsRecord(store, row), now }),
    alerts: alertsFor(form, now),
  }
}

function stepView(row: FilingRow, step: StepWithFlow, all: StepWithFlow[], now: Date): FilingStep {
  const { key, status, startedAt, doneAt, note } = step
  const duration = step.flow?.duration
  const current =
    step.flow?.stage === row.status || (row.status === 'submitted' && step.flow?.stage === 'provider-review')
  let expected: FilingStep['expected'] = null
  if (duration?.kind === 'working-days' && status !== 'done' && current) {
    // The provider's review counts from the submission, whenever the user ticked it as started.
    const start = step.flow?.stage === 'provider-review' ? reviewStart(row, all) : (startedAt ?? row.statusAt)
    expected = expectedFinish(new Date(start), duration, now)
  }
  return { key, status, startedAt, doneAt, note, expected }
}

/** Everything the filing's page shows. */
export function detailOf(store: FilingStore, row: FilingRow, now: Date): FilingDetail {
  const steps = stepsWithFlow(row, store.steps(row.id))
  const form = store.form(row.id)
  const attachments = store.attachments(row.id)
  return {
    ...summaryOf(store, row, now),
    orderId: row.orderId,
    notes: row.notes,
    returnReasons: row.returnReasons,
    returnNote: row.returnNote,
    steps: steps.map((s) => stepView(row, s, steps, now)),
    sms: row.status === 'sms-pending' || row.smsSentAt ? smsWindow(smsRecord(store, row), now) : null,
    events: store.events(row.id),
    form,
    issues: [...issuesOf(row, form, now), ...appNumberIssues(row)],
    materials: materialsFor(row, form, attachments),
    attachments,
  }
}

/** The number the filing got: parsed, and of the kind this filing should get (…-NA for an app). */
function appNumberIssues(row: FilingRow): FieldIssue[] {
  if (!row.appNumber.trim()) return []
  const parsed = parseFilingNumber(row.appNumber)
  const issues: FieldIssue[] = parsed.findings.map((f) => ({ path: 'appNumber', ...f }))
  const miniProgram = providers.find((p) => p.id === row.provider)?.channel === 'mini-program-platform'
  const wanted = miniProgram ? 'mini-program' : 'app'
  if (parsed.value && parsed.value.type !== wanted)
    issues.push({
      path: 'appNumber',
      reason: 'filing-number-not-app',
      severity: 'warning',
      values: { type: parsed.value.type },
    })
  return issues
}
