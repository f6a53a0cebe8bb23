import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { JobProgress } from '../../app/jobs/job-progress'
import { EmptyState } from '../../app/page/empty-state'
import { PageFrame } from '../../app/page/page-frame'
import { IndexStatus } from './index-status'
import { ScanView } from './scan-view'
import { TextPanel } from './text-panel'
import { useOcr } from './use-ocr'
import './ocr.css'

/** The OCR tool: open a scan, choose pages, read it, correct the text, copy it or keep it. */
export function OcrPage() {
  const { t } = useTranslation()
  const ocr = useOcr()
  const { doc, result } = ocr
  const [shown, setShown] = useState(0)
  const running = ocr.reading !== null
  // The page shown: one of those read once there is a result, else any page of the scan.
  const shownPages = result
    ? result.map((p) => p.page)
    : doc
      ? [...Array(doc.pageCount).keys()].map((i) => i + 1)
      : []
  const index = Math.min(shown, Math.max(0, shownPages.length - 1))
  const page = shownPages[index] ?? 1

  return (
    <PageFrame page="ocr" title={t('ocr.title')}>
      <div className="ocr-toolbar">
        <button type="button" className="button" data-testid="ocr-open" onClick={() => void ocr.open()}>
          {t('ocr.view.open')}
        </button>
        {doc && (
          <>
            <span className="ocr-toolbar__name" data-testid="ocr-name">
              {doc.name}
            </span>
            {doc.kind === 'pdf' && (
              <label className="ocr-toolbar__pages">
                {t('ocr.view.pages')}
                <input
                  type="text"
                  className="ocr-input"
                  data-testid="ocr-pages"
                  value={ocr.pages}
                  placeholder={t('ocr.view.pagesHint', { count: doc.pageCount })}
                  onChange={(e) => ocr.setPages(e.target.value)}
                />
              </label>
            )}
            <button
              type="button"
              className="button button--primary"
              data-testid="ocr-read"
              disabled={running}
              onClick={() => {
                setShown(0)
                void ocr.read()
              }}
            >
              {t('ocr.view.read')}
            </button>
            {doc.kind === 'pdf' && (
              <button
                type="button"
                className="button"
                data-testid="ocr-searchable"
                disabled={running || ocr.copying !== null}
                onClick={() => void ocr.searchableCopy(false)}
              >
                {t('ocr.view.searchable')}
              </button>
            )}
          </>
        )}
      </div>
      {ocr.askConsent && doc && (
        <div className="ocr-consent" role="alert" data-testid="ocr-signed">
          <p>{t('ocr.view.signed', { count: doc.signatures })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              data-testid="ocr-unsigned-copy"
              onClick={() => void ocr.searchableCopy(true)}
            >
              {t('ocr.view.unsignedConsent')}
            </button>
            <button type="button" className="button button--quiet" onClick={ocr.cancelConsent}>
              {t('ocr.view.cancel')}
            </button>
          </div>
        </div>
      )}
      {ocr.reading && <JobProgress status={ocr.reading} onCancel={() => ocr.cancel(ocr.reading)} />}
      {ocr.copying && <JobProgress status={ocr.copying} onCancel={() => ocr.cancel(ocr.copying)} />}
      {!doc ? (
        <EmptyState page="ocr" text={t('ocr.view.empty')} />
      ) : (
        <div className="ocr-workspace">
          <ScanView
            doc={doc}
            page={page}
            lines={result?.[index]}
            canBack={index > 0}
            canForward={index < shownPages.length - 1}
            onMove={(step) => setShown(index + step)}
          />
          <TextPanel ocr={ocr} pageIndex={index} />
        </div>
      )}
      <IndexStatus />
    </PageFrame>
  )
}
