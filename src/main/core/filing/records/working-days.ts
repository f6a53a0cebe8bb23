import { addDays, chinaDay, isWorkingDay } from '../calendar'

/**
 * The China day on which `count` working days after `start` have passed: the start day itself
 * does not count (a review submitted on Friday afternoon, 1 working day → Monday). Weekends are
 * skipped; public holidays and the make-up working days around them are not known here.
 */
export function addWorkingDays(start: Date, count: number): string {
  let day = chinaDay(start)
  for (let left = count; left > 0;) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) left--
  }
  return day
}

/** Working days from the day after `start` up to and including today. */
export function workingDaysSince(start: Date, now: Date): number {
  const today = chinaDay(now)
  let count = 0
  for (let day = addDays(chinaDay(start), 1); day <= today; day = addDays(day, 1))
    if (isWorkingDay(day)) count++
  return count
}

export interface ExpectedFinish {
  /** The earliest and latest China day the step should finish on. */
  earliest: string
  latest: string
  /** Working days gone so far. */
  elapsed: number
  overdue: boolean
}

export function expectedFinish(start: Date, range: { min: number; max: number }, now: Date): ExpectedFinish {
  const latest = addWorkingDays(start, range.max)
  return {
    earliest: addWorkingDays(start, range.min),
    latest,
    elapsed: workingDaysSince(start, now),
    overdue: chinaDay(now) > latest,
  }
}
