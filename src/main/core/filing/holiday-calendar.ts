import { createRequire } from 'node:module'
import { weekday } from './calendar'

/**
 * China's working days as the State Council's yearly notice (国务院办公厅关于…年部分节假日安排的通知)
 * sets them: public holidays off, make-up working days (调休上班) on, weekends otherwise. The days
 * come from the `chinese-days` package, which carries every notice since 2004 and is updated when
 * a new one is published (update the package to get next year's). A year whose notice is not in
 * the data counts weekends only, and says so: `knows(year)` is false for it.
 */
export interface HolidayCalendar {
  /** Years whose notice is in the data. */
  readonly years: ReadonlySet<number>
  /** Days off by the notices (weekends included where a holiday spans them). */
  readonly holidays: ReadonlySet<string>
  /** Weekend days that are working days by the notices (调休上班). */
  readonly workdays: ReadonlySet<string>
  /** Where the data comes from, for the user and the tests: `chinese-days 1.5.7`. */
  readonly source: string
}

const DAY = /^(\d{4})-\d{2}-\d{2}$/

/** A calendar from the package's table ({ holidays, workdays } keyed by YYYY-MM-DD). */
export function calendarFrom(
  table: { holidays?: unknown; workdays?: unknown },
  source: string,
): HolidayCalendar {
  const days = (record: unknown) =>
    record && typeof record === 'object' ? Object.keys(record).filter((d) => DAY.test(d)) : []
  const holidays = new Set(days(table.holidays))
  const workdays = new Set(days(table.workdays))
  // A notice always gives the year's 元旦 off: its year is known when its holidays are in the table.
  const years = new Set([...holidays].map((d) => Number(d.slice(0, 4))))
  return { years, holidays, workdays, source }
}

function loadCalendar(): HolidayCalendar {
  try {
    const require = createRequire(import.meta.url)
    const version = (require('chinese-days/package.json') as { version?: unknown }).version
    return calendarFrom(require('chinese-days/dist/chinese-days.json'), `chinese-days ${String(version)}`)
  } catch {
    // No data at all (a broken install): every year counts weekends only, and says so.
    return calendarFrom({}, 'none')
  }
}

let loaded: HolidayCalendar | null = null

/** The calendar in use, loaded once. */
export function holidayCalendar(): HolidayCalendar {
  loaded ??= loadCalendar()
  return loaded
}

export function isWorkingDay(day: string, calendar = holidayCalendar()): boolean {
  if (calendar.workdays.has(day)) return true
  if (calendar.holidays.has(day)) return false
  const w = weekday(day)
  return w !== 0 && w !== 6
}

/** Whether the notice for `day`'s year is known (else only weekends were skipped for it). */
export function knowsYear(year: number, calendar = holidayCalendar()): boolean {
  return calendar.years.has(year)
}
