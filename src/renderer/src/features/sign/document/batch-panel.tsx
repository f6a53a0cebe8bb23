import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BatchResult } from '../../../../../shared/contract/sign'
import { paperdesk } from '../../../app/api'
import { describeError } from '../../../app/call-error'
import { JobProgress } from '../../../app/jobs/job-progress'
import { useJob } from '../../../app/jobs/use-job'
import { useToasts } from '../../../app/toasts/toast-context'
import { toPlacement } from './placement-model'
import type { SignDocumentState } from './use-sign-document'

/** Signs many files with the selected placement (same signature, same relative place). */
export function BatchPanel({ state, onFinished }: { state: SignDocumentState; onFinished: () => void }) {
  const { t } = useTranslation()
  const { showError } = useToasts()
  const [pages, setPages] = useState<'first' | 'last' | 'all'>('last')
  const [jobId, setJobId] = useState<string | null>(null)
  const { status, cancel } = useJob(jobId)
  const source = state.selected ?? state.placements[0] ?? null
  const result = status?.state === 'done' ? (status.result as BatchResult) : null

  useEffect(() => {
    if (status && status.state !== 'running') onFinished()
  }, [status, onFinished])

  const start = async () => {
    if (!source) return
    try {
      const { page: _page, ...placement } = toPlacement(source)
      const started = await paperdesk().sign.startBatch({ placement, pages })
      if (started) setJobId(started.jobId)
    } catch (e) {
      showError(e)
    }
  }

  const ok = result?.items.filter((i) => i.output).length ?? 0
  const failed = result?.items.filter((i) => i.error) ?? []
  return (
    <div className="sign-panel" data-testid="sign-batch">
      <h3 className="sign-panel__title">{t('sign.batch.title')}</h3>
      <p className="sign-card__hint">{source ? t('sign.batch.hint') : t('sign.batch.needPlacement')}</p>
      <label className="field">
        <span className="field__label">{t('sign.batch.pages')}</span>
        <select
          className="select"
          value={pages}
          data-testid="sign-batch-pages"
          onChange={(e) => setPages(e.target.value as typeof pages)}
        >
          {(['first', 'last', 'all'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`sign.batch.pageChoices.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        data-testid="sign-batch-start"
        disabled={!source || status?.state === 'running'}
        onClick={() => void start()}
      >
        {t('sign.batch.start')}
      </button>
      {status && <JobProgress status={status} onCancel={() => void cancel()} />}
      {status?.state === 'cancelled' && <p className="sign-card__hint">{t('sign.batch.cancelled')}</p>}
      {result && (
        <div data-testid="sign-batch-result">
          <p>{t('sign.batch.done', { ok, failed: failed.length })}</p>
          {failed.length > 0 && (
            <ul className="batch-failures">
              {failed.map((f) => (
                <li key={f.input}>
                  <strong>{t('sign.batch.failed')}</strong> {f.input.split(/[\\/]/).at(-1)}:{' '}
                  {describeError(t, f.error)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
