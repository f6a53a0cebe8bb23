import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note, NotesSettings, Revision, RevisionContent } from '../../../../../shared/contract/notes'
import { paperdesk } from '../../../app/api'
import { revisionRetentionChoices } from '../notes-values'
import { useAppState } from '../../../app/state/app-state'
import { useToasts } from '../../../app/toasts/toast-context'
import { formatBytes, formatDateTime } from '../../../app/format'
import { Modal } from '../modal'

/**
 * A note's earlier versions: listed with time, size and why each was kept; one previewed
 * read-only; restorable (the current text is kept first). Also where the retention is set.
 */
export function HistoryDialog({
  noteId,
  title,
  onClose,
  onRestored,
}: {
  noteId: number
  title: string
  onClose: () => void
  onRestored: (note: Note) => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const { showError, showStatus } = useToasts()
  const api = paperdesk().notes
  const [revisions, setRevisions] = useState<Revision[] | null>(null)
  const [open, setOpen] = useState<RevisionContent | null>(null)
  const [settings, setSettings] = useState<NotesSettings | null>(null)

  const load = useCallback(async () => setRevisions(await api.revisions({ noteId })), [api, noteId])
  useEffect(() => {
    api.revisions({ noteId }).then(setRevisions, showError)
    api.settings().then(setSettings, showError)
  }, [api, noteId, showError])

  const pick = (id: number) => api.revision({ id }).then(setOpen, showError)

  const restore = async () => {
    if (!open || !window.confirm(t('notes.history.restoreConfirm'))) return
    try {
      const note = await api.restoreRevision({ id: open.id })
      showStatus((tt) => tt('notes.history.restoredDone', { time: formatDateTime(open.createdAt, locale) }))
      onRestored(note)
      onClose()
    } catch (e) {
      showError(e)
    }
  }

  return (
    <Modal
      title={t('notes.history.title', { title: title.trim() || t('notes.list.untitled') })}
      testId="history-dialog"
      wide
      onClose={onClose}
    >
      <div className="history">
        <div className="history__side">
          <div className="history__actions">
            <button
              type="button"
              className="button"
              data-testid="history-snapshot"
              onClick={() =>
                void api
                  .snapshot({ noteId })
                  .then(async () => {
                    showStatus((tt) => tt('notes.history.snapshotDone'))
                    await load()
                  })
                  .catch(showError)
              }
            >
              {t('notes.history.snapshot')}
            </button>
            <label className="history__retention">
              <span>{t('notes.history.retention')}</span>
              <select
                className="select select--small"
                data-testid="history-retention"
                value={settings?.revisionRetentionDays ?? 90}
                onChange={(event) =>
                  void api
                    .updateSettings({
                      revisionRetentionDays: Number(
                        event.target.value,
                      ) as NotesSettings['revisionRetentionDays'],
                    })
                    .then(setSettings, showError)
                }
              >
                {revisionRetentionChoices.map((days) => (
                  <option key={days} value={days}>
                    {t(`notes.history.retentionChoices.${days}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {revisions?.length === 0 && (
            <p className="history__empty" data-testid="history-empty">
              {t('notes.history.empty')}
            </p>
          )}
          <ul className="history__list" data-testid="history-list">
            {revisions?.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className={`history__item${open?.id === r.id ? ' is-current' : ''}`}
                  data-testid="history-item"
                  aria-current={open?.id === r.id}
                  onClick={() => void pick(r.id)}
                >
                  <span className="history__time">{formatDateTime(r.createdAt, locale)}</span>
                  <span className="history__meta">
                    {t(`notes.history.reasons.${r.reason}`)} · {formatBytes(r.bytes, locale)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="history__preview">
          <h3 className="history__preview-title">{t('notes.history.preview')}</h3>
          {open ? (
            <>
              <p className="history__preview-heading">{open.title || t('notes.list.untitled')}</p>
              {/* Stored HTML, cleaned by the core when it was saved; the CSP forbids inline script. */}
              <div
                className="history__content ck-content"
                data-testid="history-preview"
                dangerouslySetInnerHTML={{ __html: open.html }}
              />
              <button
                type="button"
                className="button button--primary"
                data-testid="history-restore"
                onClick={() => void restore()}
              >
                {t('notes.history.restore')}
              </button>
            </>
          ) : (
            <p className="history__empty">{t('notes.history.pick')}</p>
          )}
        </div>
      </div>
    </Modal>
  )
}
