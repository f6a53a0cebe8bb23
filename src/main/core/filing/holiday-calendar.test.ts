import { describe, expect, it } from 'vitest'
import { addDays, chinaDay } from './calendar'
import { calendarFrom, holidayCalendar, isWorkingDay, knowsYear } from './holiday-calendar'
import { addWorkingDays, expectedFinish } from './records/working-days'

const at = (iso: string) => new Date(iso)
const range = (from: string, to: string) => {
  const days: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d)
  return days
}

describe('the holiday data', () => {
  it('matches the State Council’s notice for 2026 (国务院办公厅, 4 November 2025)', () => {
    const off = [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ]
    const madeUp = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']
    for (const day of off) expect(isWorkingDay(day), day).toBe(false)
    for (const day of madeUp) expect(isWorkingDay(day), day).toBe(true)
    // Every other day of 2026 is a working day exactly when it is Monday to Friday.
    const special = new Set([...off, ...madeUp])
    for (const day of range('2026-01-01', '2026-12-31').filter((d) => !special.has(d))) {
      const w = new Date(`${day}T00:00:00Z`).getUTCDay()
      expect(isWorkingDay(day), day).toBe(w !== 0 && w !== 6)
    }
  })

  it('knows this year’s holidays (else every ETA this year skips weekends only)', (context) => {
    const year = Number(chinaDay(new Date()).slice(0, 4))
    if (knowsYear(year)) return
    const message = `${holidayCalendar().source} has no State Council notice for ${year}: update chinese-days`
    // Like next year's notice below: a failure of `npm run check`, a warning in `npm test`.
    if (!holidayDataMustBeCurrent()) warnAndSkip(context, message)
    expect.fail(message)
  })

  // The notice for next year came out between late October and 11 December (2014’s, the latest on
  // record). From 15 December a missing one is a fault of our data, not of the calendar: it fails
  // `npm run check` (PAPERDESK_HOLIDAYS_DUE=fail), the developer's gate. In `npm test`, which CI runs
  // on every landing, it stays a warning: today's date and a package nobody has released yet must
  // not stop unrelated work from landing (the app already says when a year's holidays are unknown).
  it('has next year’s notice once it is due', (context) => {
    const today = chinaDay(new Date())
    const next = Number(today.slice(0, 4)) + 1
    if (knowsYear(next)) return
    const { source, years } = holidayCalendar()
    const message =
      `The State Council’s holiday notice for ${next} is not in ${source} (it covers ` +
      `${Math.min(...years)}–${Math.max(...years)}). It is normally published in November; update ` +
      `chinese-days (npm install chinese-days@latest) once a release has ${next}. Until then an ETA ` +
      `that reaches ${next} skips weekends only and tells the user so.`
    if (today < `${next - 1}-12-15` || !holidayDataMustBeCurrent()) warnAndSkip(context, message)
    expect.fail(message)
  })
})

describe('working-day ETAs around China’s public holidays', () => {
  it('Spring Festival 2026: the make-up Saturdays count, the nine days off do not', () => {
    // Friday 13 February, afternoon: the next working day is the make-up Saturday.
    expect(addWorkingDays(at('2026-02-13T15:00:00+08:00'), 1)).toBe('2026-02-14')
    expect(addWorkingDays(at('2026-02-13T15:00:00+08:00'), 2)).toBe('2026-02-24')
    // A provincial review of 1–20 working days started on Tuesday 10 February ends by 16 March,
    // not by 10 March as counting weekends only would say.
    expect(
      expectedFinish(at('2026-02-10T10:00:00+08:00'), { min: 1, max: 20 }, at('2026-02-20T10:00:00+08:00')),
    ).toEqual({
      earliest: '2026-02-11',
      latest: '2026-03-16',
      elapsed: 4,
      overdue: false,
      holidaysUnknown: [],
    })
  })

  it('National Day 2026: Mid-Autumn, the Golden Week and both make-up days', () => {
    expect(
      expectedFinish(at('2026-09-30T16:00:00+08:00'), { min: 1, max: 2 }, at('2026-10-05T10:00:00+08:00')),
    ).toMatchObject({ earliest: '2026-10-08', latest: '2026-10-09', elapsed: 0, overdue: false })
    expect(
      expectedFinish(at('2026-09-18T10:00:00+08:00'), { min: 1, max: 20 }, at('2026-10-12T10:00:00+08:00')),
    ).toEqual({
      earliest: '2026-09-20',
      latest: '2026-10-22',
      elapsed: 12,
      overdue: false,
      holidaysUnknown: [],
    })
  })

  it('counts weekends only in a year without a notice, and says which years those are', () => {
    // A calendar holding 2026 alone, as the data did before 2027’s notice came out.
    const only2026 = calendarFrom(
      {
        holidays: Object.fromEntries(range('2026-10-01', '2026-10-07').map((d) => [d, 'National Day'])),
        workdays: { '2026-10-10': 'National Day' },
      },
      'test',
    )
    expect(knowsYear(2027, only2026)).toBe(false)
    const eta = expectedFinish(
      at('2026-12-21T10:00:00+08:00'),
      { min: 1, max: 20 },
      at('2026-12-22T10:00:00+08:00'),
      only2026,
    )
    expect(eta.holidaysUnknown).toEqual([2027])
    // 20 weekdays from 22 December: 1 January is not known to be off, so it counts.
    expect(eta.latest).toBe('2027-01-18')
    expect(
      expectedFinish(
        at('2026-10-09T10:00:00+08:00'),
        { min: 1, max: 2 },
        at('2026-10-09T10:00:00+08:00'),
        only2026,
      ),
    ).toMatchObject({
      earliest: '2026-10-10',
      holidaysUnknown: [],
    })
  })
})

/** `npm run check` sets PAPERDESK_HOLIDAYS_DUE=fail; `npm test` (CI's gate) only warns. */
function holidayDataMustBeCurrent(): boolean {
  return process.env['PAPERDESK_HOLIDAYS_DUE'] === 'fail'
}

function warnAndSkip(context: { skip: (note: string) => never }, message: string): never {
  console.warn(message)
  return context.skip(message)
}
