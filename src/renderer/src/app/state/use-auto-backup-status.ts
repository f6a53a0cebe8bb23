import { useEffect, useRef, useState } from 'react'
import type { AutoBackupStatus } from '../../../../shared/contract/db'
import { paperdesk } from '../api'
import { describeError } from '../call-error'
import { useToasts } from '../toasts/toast-context'

const POLL_MS = 5 * 60_000

/**
 * Watches the daily automatic backup (main runs it on a timer). With `alert` (the shell), a
 * failure becomes an alert toast once per attempt, so it never fails silently; the Settings page
 * shows the returned status.
 */
export function useAutoBackupStatus({ alert }: { alert: boolean }): AutoBackupStatus | null {
  const { showAlert } = useToasts()
  const [status, setStatus] = useState<AutoBackupStatus | null>(null)
  const reported = useRef<string | null>(null)

  useEffect(() => {
    let stopped = false
    const check = async () => {
      try {
        const next = await paperdesk().db.autoBackupStatus()
        if (stopped) return
        setStatus(next)
        if (alert && next.error && next.lastAttemptAt !== reported.current) {
          reported.current = next.lastAttemptAt
          const error = next.error
          showAlert(
            (t) => t('db.autoBackupFailed', { message: describeError(t as never, error) }),
            'auto-backup',
          )
        }
      } catch {
        // The status is advisory; a failing call here is reported by whatever else fails.
      }
    }
    void check()
    const timer = window.setInterval(() => void check(), POLL_MS)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [alert, showAlert])

  return status
}
