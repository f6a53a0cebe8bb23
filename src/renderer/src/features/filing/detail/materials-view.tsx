import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilingCatalog, FilingDetail } from '../../../../../shared/contract/filing'
import { paperdesk } from '../../../app/api'
import { useAppState } from '../../../app/state/app-state'
import { useToasts } from '../../../app/toasts/toast-context'
import { useLocalized } from '../use-catalog'
import type { FilingHandle } from './use-filing'
import './materials.css'

/** The materials checklist with attached files, and the PDF exports. */
export function MaterialsView({
  filing,
  detail,
}: {
  filing: FilingHandle
  detail: FilingDetail
  catalog: FilingCatalog
}) {
  const { t } = useTranslation()
  const loc = useLocalized()
  const { info, locale } = useAppState()
  const { showStatus } = useToasts()
  const [masked, setMasked] = useState(true)
  const [exporting, setExporting] = useState(false)
  const api = () => paperdesk().filing
  const { id } = detail

  // Read the stored form first: the form tab may have saved it a moment ago.
  const tick = (key: string, ready: boolean) =>
    void filing.run(async () => {
      const { form } = await api().get({ id })
      return api().saveForm({ id, form: { ...form, materials: { ...form.materials, [key]: ready } } })
    })
  const attach = (materialKey: string) => void filing.run(() => api().attach({ id, materialKey }))
  const exportPdf = async (what: 'summary' | 'checklist') => {
    setExporting(true)
    await filing.run(async () => {
      const made = await api().exportPdf({ id, masked, locale, what })
      if (made) showStatus((tt) => tt('filing.export.done', { path: made.path }))
      return null
    })
    setExporting(false)
  }

  return (
    <div className="materials-view">
      <section className="filing-card" aria-labelledby="materials-title">
        <h3 id="materials-title" className="filing-card__title">
          {t('filing.sections.materials')}
        </h3>
        <p className="form-note">{t('filing.materials.hint')}</p>
        <ul className="material-list" data-testid="material-list">
          {detail.materials.map((m) => (
            <li
              key={m.key}
              className={`material${m.ready ? ' is-ready' : ''}`}
              data-testid="material"
              data-key={m.key}
              data-ready={m.ready}
            >
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={m.ready}
                  disabled={filing.busy || m.attachments > 0}
                  onChange={(e) => tick(m.key, e.target.checked)}
                />
                <span>
                  <strong>{loc(m.title)}</strong>
                  {m.optional && <em className="material__optional"> · {t('filing.materials.optional')}</em>}
                  <small className="material__note">
                    {loc(m.note)}
                    {m.attachments > 0 && ` · ${t('filing.materials.attached', { count: m.attachments })}`}
                  </small>
                </span>
              </label>
              <button
                type="button"
                className="button button--quiet"
                data-testid="material-attach"
                disabled={filing.busy}
                onClick={() => attach(m.key)}
              >
                {t('filing.materials.attach')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="filing-card" aria-labelledby="attachments-title">
        <h3 id="attachments-title" className="filing-card__title">
          {t('filing.sections.attachments')}
        </h3>
        {detail.attachments.length === 0 && (
          <p className="form-note">{t('filing.materials.noAttachments')}</p>
        )}
        <ul className="attachment-list" data-testid="attachment-list">
          {detail.attachments.map((a) => {
            const material = detail.materials.find((m) => m.key === a.materialKey)
            return (
              <li key={a.id} className="attachment" data-testid="attachment">
                {a.mime.startsWith('image/') && info?.assetBaseUrl ? (
                  <img className="attachment__thumb" src={`${info.assetBaseUrl}blob/${a.sha256}`} alt="" />
                ) : (
                  <span className="attachment__thumb attachment__thumb--file">PDF</span>
                )}
                <span className="attachment__text">
                  <span className="attachment__name">{a.name}</span>
                  <small>{material ? loc(material.title) : ''}</small>
                </span>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={filing.busy}
                  onClick={() => void filing.run(() => api().detach({ id, attachmentId: a.id }))}
                >
                  {t('filing.materials.removeAttachment')}
                </button>
              </li>
            )
          })}
        </ul>
        <button
          type="button"
          className="button"
          data-testid="attach-general"
          disabled={filing.busy}
          onClick={() => attach('')}
        >
          {t('filing.materials.attachGeneral')}
        </button>
      </section>

      <section className="filing-card" aria-labelledby="export-title">
        <h3 id="export-title" className="filing-card__title">
          {t('filing.export.title')}
        </h3>
        <p className="form-note">{t('filing.export.hint')}</p>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={masked}
            onChange={(e) => setMasked(e.target.checked)}
            data-testid="export-masked"
          />
          <span>{t('filing.export.masked')}</span>
        </label>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            data-testid="export-summary"
            disabled={exporting}
            aria-busy={exporting}
            onClick={() => void exportPdf('summary')}
          >
            {exporting ? t('filing.export.exporting') : t('filing.export.summary')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="export-checklist"
            disabled={exporting}
            onClick={() => void exportPdf('checklist')}
          >
            {t('filing.export.checklist')}
          </button>
        </div>
      </section>
    </div>
  )
}
