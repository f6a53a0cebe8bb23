import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NotesExportResult, PdfOptions } from '../../../../../shared/contract/notes-export'
import { paperdesk } from '../../../app/api'
import { describeError } from '../../../app/call-error'
import { JobProgress } from '../../../app/jobs/job-progress'
import { useJob } from '../../../app/jobs/use-job'
import { useAppState } from '../../../app/state/app-state'
import { Modal } from '../modal'
import { defaultPdfOptions, exportFormats } from '../notes-values'
import { PdfOptionsForm } from './pdf-options-form'
import { PreviewPages } from './preview-pages'
import { usePdfPreview } from './use-pdf-preview'

type Format = (typeof exportFormats)[number]

/**
 * Export one note, the selected notes or the whole list to one PDF (with a preview of its first
 * pages), one HTML file or Markdown. The file is written by a background job with progress and
 * cancel; it appears only when complete.
 */
export function ExportDialog({
  ids,
  listIds,
  onClose,
}: {
  ids: number[]
  listIds: number[]
  onClose: () => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const [scope, setScope] = useState<'given' | 'list'>('given')
  const [format, setFormat] = useState<Format>('pdf')
  const [pdf, setPdf] = useState<PdfOptions>(defaultPdfOptions)
  const [title, setTitle] = useState('')
  const [jobId, setJobId] = useState<string | null>(null)
  const [startError, setStartError] = useState<unknown>(null)
  const { status, cancel } = useJob(jobId)
  const chosen = scope === 'list' ? listIds : ids
  const running = status?.state === 'running' || (jobId !== null && !status)
  const preview = usePdfPreview(chosen, pdf, locale, format === 'pdf' && jobId === null)

  const start = async () => {
    setStartError(null)
    try {
      const started = await paperdesk().notes.export({
        ids: chosen,
        format,
        pdf,
        locale,
        ...(title.trim() ? { title: title.trim() } : {}),
      })
      if (started.jobId) setJobId(started.jobId)
    } catch (e) {
      setStartError(e)
    }
  }

  const result = status?.state === 'done' ? (status.result as NotesExportResult) : null
  const footer = (
    <>
      {status && <JobProgress status={status} onCancel={() => void cancel()} />}
      <span className="modal__spacer" />
      <button
        type="button"
        className="button"
        data-testid="export-close"
        onClick={onClose}
        disabled={running}
      >
        {result ? t('notes.export.close') : t('notes.export.cancel')}
      </button>
      {!result && (
        <button
          type="button"
          className="button button--primary"
          data-testid="export-start"
          disabled={running || chosen.length === 0}
          onClick={() => void start()}
        >
          {t('notes.export.start')}
        </button>
      )}
    </>
  )

  return (
    <Modal
      title={t('notes.export.title')}
      testId="export-dialog"
      wide
      onClose={() => !running && onClose()}
      footer={footer}
    >
      <div className="export">
        <div className="export__options">
          <fieldset className="export-group">
            <legend>{t('notes.export.scope')}</legend>
            <label className="export-check">
              <input
                type="radio"
                name="export-scope"
                data-testid="export-scope-given"
                checked={scope === 'given'}
                onChange={() => setScope('given')}
              />
              <span>
                {ids.length > 1
                  ? t('notes.export.scopeSelected', { count: ids.length })
                  : t('notes.export.scopeNote')}
              </span>
            </label>
            <label className="export-check">
              <input
                type="radio"
                name="export-scope"
                data-testid="export-scope-list"
                checked={scope === 'list'}
                disabled={listIds.length === 0}
                onChange={() => setScope('list')}
              />
              <span>{t('notes.export.scopeList', { count: listIds.length })}</span>
            </label>
          </fieldset>
          <fieldset className="export-group">
            <legend>{t('notes.export.format')}</legend>
            {exportFormats.map((f) => (
              <label key={f} className="export-check">
                <input
                  type="radio"
                  name="export-format"
                  data-testid={`export-format-${f}`}
                  checked={format === f}
                  onChange={() => setFormat(f)}
                />
                <span>{t(`notes.export.formats.${f}`)}</span>
              </label>
            ))}
          </fieldset>
          {format !== 'md' && (
            <label className="export-title">
              <span>{t('notes.export.docTitle')}</span>
              <input
                type="text"
                data-testid="export-title"
                value={title}
                maxLength={200}
                placeholder={t('notes.export.docTitlePlaceholder')}
                onChange={(event) => setTitle(event.target.value)}
              />
            </label>
          )}
          {format === 'pdf' && <PdfOptionsForm value={pdf} several={chosen.length > 1} onChange={setPdf} />}
          {startError !== null && (
            <p className="export__error">
              {t('notes.export.failed', { reason: describeError(t, startError) })}
            </p>
          )}
          {status?.state === 'failed' && (
            <p className="export__error" data-testid="export-failed">
              {t('notes.export.failed', { reason: describeError(t, status.error) })}
            </p>
          )}
          {status?.state === 'cancelled' && (
            <p className="export__note" data-testid="export-cancelled">
              {t('notes.export.cancelled')}
            </p>
          )}
          {result && (
            <p className="export__done" data-testid="export-done" role="status">
              {t('notes.export.done', { path: result.path })}
              {result.pages > 0 && (
                <span className="export__detail">
                  {' '}
                  ·{' '}
                  {t('notes.export.doneDetail', {
                    notes: t('notes.export.doneNotes', { count: result.notes }),
                    pages: t('notes.export.donePages', { count: result.pages }),
                  })}
                </span>
              )}
            </p>
          )}
        </div>
        {format === 'pdf' && (
          <section
            className="export__preview"
            aria-label={t('notes.export.preview')}
            data-testid="export-preview"
            data-loading={preview.loading}
          >
            <h3 className="export__preview-title">{t('notes.export.preview')}</h3>
            {preview.loading && <p className="export__note">{t('notes.export.previewLoading')}</p>}
            {preview.error !== null && (
              <p className="export__error">
                {t('notes.export.previewFailed', { reason: describeError(t, preview.error) })}
              </p>
            )}
            {preview.pages && !preview.loading && (
              <>
                {chosen.length > preview.notes && (
                  <p className="export__note">{t('notes.export.previewNotes', { count: preview.notes })}</p>
                )}
                <PreviewPages pages={preview.pages} />
              </>
            )}
          </section>
        )}
      </div>
    </Modal>
  )
}
