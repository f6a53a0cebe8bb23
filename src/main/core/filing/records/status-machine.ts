import type { FilingStatus } from '../../../../shared/contract/filing-flow'

/** The way forward; `returned` branches off any stage between submission and approval. */
export const forwardOrder: readonly FilingStatus[] = [
  'draft',
  'submitted',
  'provider-review',
  'sms-pending',
  'provincial-review',
  'approved',
]
const returnable: ReadonlySet<FilingStatus> = new Set([
  'submitted',
  'provider-review',
  'sms-pending',
  'provincial-review',
])

export const rank = (status: FilingStatus) => forwardOrder.indexOf(status)

/**
 * Whether a filing may go from one status to another: forward along the order (stages a flow
 * lacks are skipped), back one stage to correct a slip, to `returned` from review, and from
 * `returned` back to a draft or straight to a resubmission.
 */
export function canMove(from: FilingStatus, to: FilingStatus): boolean {
  if (from === to) return false
  if (to === 'returned') return returnable.has(from)
  if (from === 'returned') return to === 'draft' || to === 'submitted'
  return rank(to) > rank(from) || rank(to) === rank(from) - 1
}
