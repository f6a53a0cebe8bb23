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
  const notes = [
    ...(due.holidaysUnknown.length > 0
      ? [t('filing.due.holidaysUnknown', { years: due.holidaysUnknown.join(', ') })]
      : []),
    ...(due.overdue && due.kind !== 'sms-expired' ? [t('filing.due.overdue')] : []),
  ]
  return [text, ...notes].join(' · ')
}
