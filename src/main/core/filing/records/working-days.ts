import { addDays, chinaDay } from '../calendar'
import { holidayCalendar, isWorkingDay, knowsYear, type HolidayCalendar } from '../holiday-calendar'

/**
 * The China day on which `count` working days after `start` have passed: the start day itself
 * does not count (a review submitted on Friday afternoon, 1 working day → Monday). Weekends and
 * public holidays are skipped and make-up working days count, as the State Council's notice for
 * the year says; a year without a notice in the data counts weekends only.
 */
export function addWorkingDays(start: Date, count: number, calendar = holidayCalendar()): string {
  let day = chinaDay(start)
  for (let left = count; left > 0;) {
    day = addDays(day, 1)
    if (isWorkingDay(day, calendar)) left--
  }
  return day
}

/** Working days from the day after `start` up to and including today. */
export function workingDaysSince(start: Date, now: Date, calendar = holidayCalendar()): number {
  const today = chinaDay(now)
  let count = 0
  for (let day = addDays(chinaDay(start), 1); day <= today; day = addDays(day, 1))
    if (isWorkingDay(day, calendar)) count++
  return count
}

export interface ExpectedFinish {
  /** The earliest and latest China day the step should finish on. */
  earliest: string
  latest: string
  /** Working days gone so far. */
  elapsed: number
  overdue: boolean
  /** Years the estimate runs through whose holidays are not known (weekends only were skipped). */
  holidaysUnknown: number[]
}

export function expectedFinish(
  start: Date,
  range: { min: number; max: number },
  now: Date,
  calendar: HolidayCalendar = holidayCalendar(),
): ExpectedFinish {
  const latest = addWorkingDays(start, range.max, calendar)
  const holidaysUnknown: number[] = []
  for (let year = Number(chinaDay(start).slice(0, 4)); year <= Number(latest.slice(0, 4)); year++)
    if (!knowsYear(year, calendar)) holidaysUnknown.push(year)
  return {
    earliest: addWorkingDays(start, range.min, calendar),
    latest,
    elapsed: workingDaysSince(start, now, calendar),
    overdue: chinaDay(now) > latest,
    holidaysUnknown,
  }
}
