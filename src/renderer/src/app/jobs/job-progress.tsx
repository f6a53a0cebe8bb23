import { useTranslation } from 'react-i18next'
import type { JobStatus } from '../../../../shared/contract/jobs'

/** A running job's progress bar, what it works on, and a cancel button. */
export function JobProgress({ status, onCancel }: { status: JobStatus; onCancel: () => void }) {
  const { t } = useTranslation()
  const known = status.total > 0
  return (
    <div className="job-progress" data-testid="job-progress" data-state={status.state}>
      <progress
        className="job-progress__bar"
        max={known ? status.total : undefined}
        value={known ? status.done : undefined}
        aria-label={t('jobs.progressLabel')}
      />
      <span className="job-progress__text" data-testid="job-progress-text">
        {known ? t('jobs.progress', { done: status.done, total: status.total }) : t('jobs.starting')}
        {status.label ? ` · ${status.label}` : ''}
      </span>
      {status.state === 'running' && (
        <button type="button" className="button" data-testid="job-cancel" onClick={onCancel}>
          {t('jobs.cancel')}
        </button>
      )}
    </div>
  )
}
