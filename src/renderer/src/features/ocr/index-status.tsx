import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OcrIndexStatus } from '../../../../shared/contract/ocr'
import { paperdesk } from '../../app/api'
import type { JobStatus } from '../../../../shared/contract/jobs'
import { JobProgress } from '../../app/jobs/job-progress'
import { useToasts } from '../../app/toasts/toast-context'
import { followJob } from './follow-job'

/** How far the pictures in notes are read for search, and "read now". */
export function IndexStatus() {
  const { t } = useTranslation()
  const { showError } = useToasts()
  const [status, setStatus] = useState<OcrIndexStatus | null>(null)
  const [job, setJob] = useState<JobStatus | null>(null)

  const refresh = useCallback(async () => {
    try {
      setStatus(await paperdesk().ocr.indexStatus())
    } catch {
      setStatus(null)
    }
  }, [])
  useEffect(() => {
    let stopped = false
    // Asked once when the view opens (the status is advisory: a failure just hides it).
    paperdesk()
      .ocr.indexStatus()
      .then(
        (next) => !stopped && setStatus(next),
        () => undefined,
      )
    return () => {
      stopped = true
    }
  }, [])

  const readNow = useCallback(async () => {
    try {
      const { jobId } = await paperdesk().ocr.indexNow()
      const end = await followJob(jobId, setJob)
      if (end.state === 'failed') showError(end.error)
    } catch (e) {
      showError(e)
    } finally {
      setJob(null)
      void refresh()
    }
  }, [refresh, showError])

  if (!status) return null
  return (
    <footer className="ocr-index" data-testid="ocr-index">
      {job ? (
        <JobProgress status={job} onCancel={() => void paperdesk().jobs.cancel({ id: job.id })} />
      ) : (
        <>
          <span data-testid="ocr-index-text">
            {status.running
              ? t('ocr.view.indexRunning')
              : status.pending > 0
                ? t('ocr.view.indexStatus', { pending: status.pending })
                : t('ocr.view.indexIdle')}
          </span>
          {status.pending > 0 && !status.running && (
            <button
              type="button"
              className="button button--quiet"
              data-testid="ocr-index-now"
              onClick={() => void readNow()}
            >
              {t('ocr.view.indexNow')}
            </button>
          )}
        </>
      )}
    </footer>
  )
}
