import { describe, expect, it } from 'vitest'
import { smsWindow } from './sms-window'
import { addWorkingDays, expectedFinish, workingDaysSince } from './working-days'

// 2026-03-13 is a Friday.
const at = (iso: string) => new Date(iso)

describe('working-day ETAs (weekends and public holidays skipped, China days)', () => {
  it('counts from the day after the start and skips Saturday and Sunday', () => {
    expect(addWorkingDays(at('2026-03-13T15:00:00+08:00'), 1)).toBe('2026-03-16')
    expect(addWorkingDays(at('2026-03-13T15:00:00+08:00'), 2)).toBe('2026-03-17')
    expect(addWorkingDays(at('2026-03-14T10:00:00+08:00'), 1)).toBe('2026-03-16')
    // Qingming: Monday 6 April 2026 is off, so the twentieth working day is Tuesday the 14th.
    expect(addWorkingDays(at('2026-03-16T09:00:00+08:00'), 20)).toBe('2026-04-14')
  })

  it('uses the China day, not the computer’s: 23:30 UTC on Friday is Saturday in Beijing', () => {
    expect(addWorkingDays(at('2026-03-13T23:30:00Z'), 1)).toBe('2026-03-16')
    expect(addWorkingDays(at('2026-03-12T23:30:00Z'), 1)).toBe('2026-03-16')
  })

  it('says how far a review has come and whether it is late', () => {
    const start = at('2026-03-13T15:00:00+08:00')
    expect(expectedFinish(start, { min: 1, max: 2 }, at('2026-03-16T12:00:00+08:00'))).toEqual({
      earliest: '2026-03-16',
      latest: '2026-03-17',
      elapsed: 1,
      overdue: false,
      holidaysUnknown: [],
    })
    expect(expectedFinish(start, { min: 1, max: 2 }, at('2026-03-18T09:00:00+08:00')).overdue).toBe(true)
    expect(workingDaysSince(start, at('2026-03-15T12:00:00+08:00'))).toBe(0)
  })
})

describe('the SMS window', () => {
  const sent = '2026-03-13T10:00:00.000Z'

  it('counts 24 hours down from the first SMS', () => {
    const w = smsWindow({ sentAt: sent, wrongCodes: 0, resends: [] }, at('2026-03-13T16:30:00Z'))
    expect(w).toMatchObject({
      deadline: '2026-03-14T10:00:00.000Z',
      remainingMs: 17.5 * 3600_000,
      expired: false,
      attemptsLeft: 5,
      resendsLeft: 3,
    })
    expect(smsWindow({ sentAt: sent, wrongCodes: 0, resends: [] }, at('2026-03-14T10:00:00Z'))).toMatchObject(
      { remainingMs: 0, expired: true },
    )
  })

  it('counts wrong codes down from 5 and locks at 5', () => {
    expect(smsWindow({ sentAt: sent, wrongCodes: 4, resends: [] }, at(sent))).toMatchObject({
      attemptsLeft: 1,
      locked: false,
    })
    expect(smsWindow({ sentAt: sent, wrongCodes: 5, resends: [] }, at(sent))).toMatchObject({
      attemptsLeft: 0,
      locked: true,
    })
  })

  it('allows 3 resends in any 24 hours and says when the next one frees up', () => {
    const resends = ['2026-03-13T11:00:00.000Z', '2026-03-13T12:00:00.000Z', '2026-03-13T13:00:00.000Z']
    expect(smsWindow({ sentAt: sent, wrongCodes: 0, resends }, at('2026-03-13T14:00:00Z'))).toMatchObject({
      resendsLeft: 0,
      nextResendAt: '2026-03-14T11:00:00.000Z',
    })
    expect(smsWindow({ sentAt: sent, wrongCodes: 0, resends }, at('2026-03-14T11:30:00Z')).resendsLeft).toBe(
      1,
    )
  })
})
