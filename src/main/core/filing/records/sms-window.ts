/** The MIIT SMS rules (reference §1a): a 24-hour window, 5 wrong codes, 3 resends per 24 hours. */
export const SMS_WINDOW_MS = 24 * 60 * 60 * 1000
export const SMS_MAX_WRONG_CODES = 5
export const SMS_MAX_RESENDS = 3

export interface SmsRecord {
  /** When the first SMS of this round arrived; null until the user says it did. */
  sentAt: string | null
  wrongCodes: number
  /** When each resend of this round was asked for. */
  resends: string[]
}

export interface SmsWindow {
  sentAt: string | null
  /** 24 hours after the first SMS: counted from the first one, in case a resend does not extend it. */
  deadline: string | null
  remainingMs: number | null
  expired: boolean
  wrongCodes: number
  attemptsLeft: number
  /** Five wrong codes: the order has gone back to the provider. */
  locked: boolean
  resendsLeft: number
  /** When the oldest resend of the last 24 hours drops out, if none are left now. */
  nextResendAt: string | null
}

export function smsWindow(record: SmsRecord, now: Date): SmsWindow {
  const t = now.getTime()
  const deadline = record.sentAt ? Date.parse(record.sentAt) + SMS_WINDOW_MS : null
  const recent = record.resends
    .map(Date.parse)
    .filter((at) => at > t - SMS_WINDOW_MS)
    .sort((a, b) => a - b)
  const resendsLeft = Math.max(0, SMS_MAX_RESENDS - recent.length)
  return {
    sentAt: record.sentAt,
    deadline: deadline === null ? null : new Date(deadline).toISOString(),
    remainingMs: deadline === null ? null : Math.max(0, deadline - t),
    expired: deadline !== null && t >= deadline,
    wrongCodes: record.wrongCodes,
    attemptsLeft: Math.max(0, SMS_MAX_WRONG_CODES - record.wrongCodes),
    locked: record.wrongCodes >= SMS_MAX_WRONG_CODES,
    resendsLeft,
    nextResendAt: resendsLeft > 0 ? null : new Date((recent[0] as number) + SMS_WINDOW_MS).toISOString(),
  }
}
