import type { Due, FilingAlert } from '../../../../shared/contract/filing'
import type { FlowStep } from '../../../../shared/contract/filing-flow'
import type { FilingForm } from '../../../../shared/contract/filing-form'
import { addDays, chinaDay, daysBetween, parseDay } from '../calendar'
import type { FilingRow, StepRow } from './filing-store'
import { smsWindow, type SmsRecord } from './sms-window'
import { expectedFinish } from './working-days'

const PUBLIC_SECURITY_DAYS = 30
const ALERT_DAYS = 90

const due = (kind: Due['kind'], urgency: Due['urgency'], extra: Partial<Due> = {}): Due => ({
  kind,
  urgency,
  at: null,
  earliest: null,
  latest: null,
  holidaysUnknown: [],
  overdue: false,
  step: null,
  count: null,
  ...extra,
})

export interface DueInput {
  filing: FilingRow
  steps: Array<StepRow & { flow: FlowStep | undefined }>
  errorCount: number
  sms: SmsRecord
  now: Date
}

/** What a filing is waiting for next, and how pressing it is, from its status and a clock. */
export function dueNext({ filing, steps, errorCount, sms, now }: DueInput): Due {
  const reviewOf = (step: FlowStep | undefined) =>
    step?.duration?.kind === 'working-days' ? step.duration : { min: 1, max: 2 }
  const stepAt = (stage: string) => steps.find((s) => s.flow?.stage === stage)
  switch (filing.status) {
    case 'draft': {
      if (errorCount > 0) return due('fix-form', 'soon', { count: errorCount })
      const next = steps.find((s) => s.status !== 'done')
      return due('next-step', 'soon', { step: next?.key ?? null })
    }
    case 'submitted':
    case 'provider-review': {
      const step = stepAt('provider-review')
      const eta = expectedFinish(new Date(reviewStart(filing, steps)), reviewOf(step?.flow), now)
      return due('provider-review', eta.overdue ? 'soon' : 'waiting', { ...eta, step: step?.key ?? null })
    }
    case 'sms-pending': {
      const window = smsWindow(sms, now)
      if (window.locked || window.expired)
        return due('sms-expired', 'urgent', { at: window.deadline, overdue: true })
      if (!window.deadline) return due('sms-wait', 'urgent', { step: stepAt('sms-pending')?.key ?? null })
      return due('sms-deadline', 'urgent', { at: window.deadline, count: window.attemptsLeft })
    }
    case 'provincial-review': {
      const step = stepAt('provincial-review')
      const eta = expectedFinish(new Date(filing.statusAt), reviewOf(step?.flow), now)
      return due('provincial-review', eta.overdue ? 'soon' : 'waiting', { ...eta, step: step?.key ?? null })
    }
    case 'returned':
      return due('fix-and-resubmit', 'urgent', { count: filing.returnReasons.length })
    case 'approved': {
      const security = steps.find((s) => s.key === 'public-security' && s.status !== 'done')
      if (security) {
        const latest = addDays(chinaDay(new Date(filing.statusAt)), PUBLIC_SECURITY_DAYS)
        return due('public-security', 'soon', { latest, overdue: chinaDay(now) > latest, step: security.key })
      }
      const next = steps.find((s) => s.status !== 'done')
      return next ? due('next-step', 'soon', { step: next.key }) : due('done', 'none')
    }
  }
}

/** IDs and certificates that end within 90 days, whatever the filing's status. */
export function alertsFor(form: FilingForm, now: Date): FilingAlert[] {
  const today = chinaDay(now)
  const alerts: FilingAlert[] = []
  form.principals.forEach((p, i) => {
    if (!parseDay(p.idValidTo)) return
    const days = daysBetween(today, p.idValidTo)
    if (days < ALERT_DAYS)
      alerts.push({ kind: 'id-validity', path: `principals.${i}.idValidTo`, date: p.idValidTo, days })
  })
  form.platforms.forEach((p, i) => {
    if (!p.certificate) return
    const date = chinaDay(new Date(p.certificate.notAfter))
    const days = daysBetween(today, date)
    if (days < ALERT_DAYS)
      alerts.push({ kind: 'certificate', path: `platforms.${i}.certificate`, date, days })
  })
  return alerts
}

const urgencyRank: Record<Due['urgency'], number> = { urgent: 0, soon: 1, waiting: 2, none: 3 }

/** Dashboard order: most pressing first, then the nearest date. */
export function compareDue(a: Due, b: Due): number {
  const rank = urgencyRank[a.urgency] - urgencyRank[b.urgency]
  if (rank !== 0) return rank
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1
  const when = (d: Due) => d.at ?? d.latest ?? '9999'
  return when(a).localeCompare(when(b))
}

/** The provider's review counts from the submission, not from when the user ticked "under review". */
export function reviewStart(
  filing: FilingRow,
  steps: Array<StepRow & { flow: FlowStep | undefined }>,
): string {
  return steps.find((s) => s.flow?.completes === 'submitted')?.doneAt ?? filing.statusAt
}
