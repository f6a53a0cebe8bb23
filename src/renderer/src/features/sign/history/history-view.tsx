import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { SignRecord } from '../../../../../shared/contract/sign'
import { paperdesk } from '../../../app/api'
import { useAppState } from '../../../app/state/app-state'
import { useToasts } from '../../../app/toasts/toast-context'
import { commonNameOf } from '../certify/certify-labels'

function when(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))
}

/** The audit trail: every signed copy with its hashes, newest first; export as CSV or JSON. */
export function HistoryView({
  records,
  highlight = null,
}: {
  records: SignRecord[] | null
  /** A record to mark and scroll to (the Verify tab's "audit record #N"). */
  highlight?: number | null
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const { showError, showStatus } = useToasts()
  const marked = useRef<HTMLTableRowElement | null>(null)
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'center' })
  }, [highlight, records])

  const exportAs = async (format: 'csv' | 'json') => {
    try {
      const done = await paperdesk().sign.exportHistory({ format })
      if (done) showStatus((tr) => tr('sign.history.exported', { count: done.count, path: done.path }))
    } catch (e) {
      showError(e)
    }
  }

  return (
    <section className="sign-card" aria-labelledby="sign-history-title">
      <div className="sign-card__head">
        <div>
          <h2 id="sign-history-title" className="sign-card__title">
            {t('sign.history.title')}
          </h2>
          <p className="sign-card__hint">{t('sign.history.hint')}</p>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button"
            data-testid="sign-history-export-csv"
            onClick={() => void exportAs('csv')}
          >
            {t('sign.history.exportCsv')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="sign-history-export-json"
            onClick={() => void exportAs('json')}
          >
            {t('sign.history.exportJson')}
          </button>
        </div>
      </div>
      {records?.length === 0 && (
        <p className="sign-card__hint" data-testid="sign-history-empty">
          {t('sign.history.empty')}
        </p>
      )}
      {records && records.length > 0 && (
        <div className="history-table-wrap">
          <table className="history-table" data-testid="sign-history">
            <thead>
              <tr>
                <th scope="col">{t('sign.history.when')}</th>
                <th scope="col">{t('sign.history.input')}</th>
                <th scope="col">{t('sign.history.output')}</th>
                <th scope="col">{t('sign.history.signatures')}</th>
                <th scope="col">{t('sign.history.pages')}</th>
                <th scope="col">{t('sign.history.hashes')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr
                  key={r.id}
                  ref={r.id === highlight ? marked : undefined}
                  className={r.id === highlight ? 'history-table__row--marked' : undefined}
                  data-testid="sign-history-row"
                  data-id={r.id}
                  data-output={r.outputPath}
                >
                  <td className="history-table__when">
                    {when(r.createdAt, locale)}
                    <span className="badge">{t(`sign.history.origins.${r.origin}`)}</span>
                  </td>
                  <td title={r.inputPath}>{r.inputName}</td>
                  <td title={r.outputPath}>
                    {r.outputName}
                    {r.certification && (
                      <span
                        className="history-table__certified"
                        data-testid="sign-history-certified"
                        title={r.certification.signer}
                      >
                        {t('certify.history.signedBy', { name: commonNameOf(r.certification.signer) })}
                      </span>
                    )}
                  </td>
                  <td>{[...new Set(r.placements.map((p) => p.signatureName))].join(', ')}</td>
                  <td>{[...new Set(r.placements.map((p) => p.page + 1))].join(', ')}</td>
                  <td className="history-table__hash">
                    <span title={r.inputSha256}>{r.inputSha256.slice(0, 12)}…</span>
                    <span title={r.outputSha256}>→ {r.outputSha256.slice(0, 12)}…</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
