import type { TFunction } from 'i18next'
import type { Due } from '../../../../../shared/contract/filing'
import type { FlowTemplate, Localized } from '../../../../../shared/contract/filing-flow'
import { formatCountdown } from '../use-now'

/** What is due next, in words; the SMS deadline counts down live from `now`. */
export function dueText(
  t: TFunction,
  due: Due,
  flow: FlowTemplate | undefined,
  loc: (text: Localized) => string,
  now: number,
): string {
  const stepTitle = () => {
    const step = flow?.steps.find((s) => s.key === due.step)
    return step ? loc(step.title) : (due.step ?? '')
  }
  const left = due.at ? formatCountdown(Date.parse(due.at) - now) : ''
  const text = t(`filing.due.${due.kind}`, {
    count: due.count ?? 0,
    step: stepTitle(),
    earliest: due.earliest ?? '',
    latest: due.latest ?? '',
    left,
  })
  return due.overdue && due.kind !== 'sms-expired' ? `${text} · ${t('filing.due.overdue')}` : text
}
