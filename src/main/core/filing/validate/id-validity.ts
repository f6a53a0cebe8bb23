import { addMonths, chinaDay, daysBetween, parseDay } from '../calendar'
import { error, warn, type Finding } from './finding'

/** Providers refuse an ID that ends within three months of the filing. */
export const MIN_VALIDITY_MONTHS = 3

/** An ID document's validity (有效期): ends at least three months after today, or is long-term (长期). */
export function checkIdValidity(from: string, to: string, now: Date): { from: Finding[]; to: Finding[] } {
  const today = chinaDay(now)
  const result: { from: Finding[]; to: Finding[] } = { from: [], to: [] }
  if (from && !parseDay(from)) result.from.push(error('date-format'))
  if (from && parseDay(from) && from > today)
    result.from.push(warn('id-validity-not-started', { date: from }))
  if (!to) result.to.push(error('required'))
  else if (to !== 'long-term') {
    if (!parseDay(to)) result.to.push(error('date-format'))
    else if (to < today) result.to.push(error('id-validity-expired', { date: to }))
    else if (to < addMonths(today, MIN_VALIDITY_MONTHS))
      result.to.push(error('id-validity-short', { date: to, days: daysBetween(today, to) }))
    if (from && parseDay(from) && parseDay(to) && from >= to) result.to.push(error('id-validity-order'))
  }
  return result
}
