import { useCallback, useEffect, useState } from 'react'
import type { JobStatus } from '../../../../shared/contract/jobs'
import { paperdesk } from '../api'
import { toCallError } from '../call-error'

const POLL_MS = 150

/**
 * Follows a background job (see `jobs` in the contract) until it ends: its status refreshes every
 * 150 ms while it runs. `cancel` asks the core to stop it.
 */
export function useJob(jobId: string | null): { status: JobStatus | null; cancel: () => Promise<void> } {
  // Kept with its job id, so a new job never shows the previous one's status.
  const [latest, setStatus] = useState<JobStatus | null>(null)
  const status = latest && latest.id === jobId ? latest : null

  useEffect(() => {
    if (!jobId) return
    let stopped = false
    let timer: number | undefined
    const poll = async () => {
      try {
        const next = await paperdesk().jobs.status({ id: jobId })
        if (stopped) return
        setStatus(next)
        if (next.state === 'running') timer = window.setTimeout(() => void poll(), POLL_MS)
      } catch (e) {
        if (stopped) return
        const error = toCallError(e)
        setStatus({ id: jobId, kind: 'unknown', state: 'failed', done: 0, total: 0, error, startedAt: '' })
      }
    }
    void poll()
    return () => {
      stopped = true
      window.clearTimeout(timer)
    }
  }, [jobId])

  const cancel = useCallback(async () => {
    if (jobId) setStatus(await paperdesk().jobs.cancel({ id: jobId }))
  }, [jobId])

  return { status, cancel }
}
