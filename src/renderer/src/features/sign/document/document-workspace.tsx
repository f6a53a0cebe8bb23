import { useCallback, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import { canDropFiles, droppedPaths } from '../../../app/files/dropped-paths'
import { CrossSealPanel } from '../marks/cross-seal-panel'
import { ScanSealCard } from '../marks/scan-seal-card'
import { BatchPanel } from './batch-panel'
import { ExportPanel } from './export-panel'
import { PageThumbnails } from './page-thumbnails'
import { PageView, ZOOMS } from './page-view'
import { PlacementPanel } from './placement-panel'
import type { SignDocumentState } from './use-sign-document'

/** Open a document, see its pages, place signatures on them, save the signed copy or sign a batch. */
export function DocumentWorkspace({
  state,
  signatures,
  onHistoryChanged,
  onManageCertificates,
}: {
  state: SignDocumentState
  signatures: readonly Signature[]
  onHistoryChanged: () => void
  /** Opens the Certificates tab (from the digital-signature choice when there is no identity). */
  onManageCertificates?: () => void
}) {
  const { t } = useTranslation()
  const [zoom, setZoom] = useState(1)
  const [scale, setScale] = useState(1)
  const [dropping, setDropping] = useState(false)
  const doc = state.doc
  const onZoom = useCallback((z: number) => setZoom(z), [])
  const onScale = useCallback((s: number) => setScale(s), [])
  // The real scale, so a 6000 px photo fitted to the window says 13 %, not 100 %.
  const percent = Math.max(1, Math.round(scale * 100))

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault()
    setDropping(false)
    const [path] = droppedPaths(e.dataTransfer)
    if (path) void state.open(path)
  }
  const step = (direction: 1 | -1) => {
    const i = ZOOMS.findIndex((z) => z >= zoom)
    setZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i + direction))] as number)
  }
  const size = doc?.pages[state.page]

  return (
    <div
      className={`workspace${dropping ? ' workspace--dropping' : ''}`}
      onDragOver={(e) => {
        if (!canDropFiles()) return
        e.preventDefault()
        setDropping(true)
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <div className="workspace__toolbar" role="toolbar" aria-label={t('sign.tabs.document')}>
        <button
          type="button"
          className="button button--primary"
          data-testid="sign-open-document"
          onClick={() => void state.open()}
        >
          {t('sign.document.open')}
        </button>
        {canDropFiles() && !doc && <span className="workspace__drop">{t('sign.document.drop')}</span>}
        {doc && (
          <>
            <span className="workspace__name" data-testid="sign-document-name" title={doc.path}>
              {doc.name}
            </span>
            {size && (
              <span className="workspace__meta">
                {doc.kind === 'image'
                  ? t('sign.document.size', { width: size.width, height: size.height })
                  : `${t('sign.document.pageOf', { page: state.page + 1, pages: doc.pages.length })} · ${t('sign.document.sizePt', { width: Math.round(size.width), height: Math.round(size.height) })}`}
              </span>
            )}
            <span className="workspace__spacer" />
            <div className="zoom" role="group" aria-label={t('sign.document.zoom', { percent })}>
              <button
                type="button"
                className="button"
                aria-label={t('sign.document.zoomOut')}
                onClick={() => step(-1)}
              >
                −
              </button>
              <span className="zoom__value" data-testid="sign-zoom">
                {percent}%
              </span>
              <button
                type="button"
                className="button"
                aria-label={t('sign.document.zoomIn')}
                onClick={() => step(1)}
              >
                +
              </button>
              <button type="button" className="button" onClick={() => setZoom(1)}>
                {t('sign.document.fit')}
              </button>
            </div>
          </>
        )}
      </div>
      {!doc ? (
        <>
          <p className="workspace__empty" data-testid="sign-document-empty">
            {t('sign.document.none')}
          </p>
          <ScanSealCard signatures={signatures} />
        </>
      ) : (
        <div className={`workspace__body${doc.kind === 'pdf' ? ' workspace__body--pdf' : ''}`}>
          {doc.kind === 'pdf' && (
            <div className="workspace__thumbs">
              <PageThumbnails state={state} />
            </div>
          )}
          <PageView state={state} signatures={signatures} zoom={zoom} onZoom={onZoom} onScale={onScale} />
          <aside className="workspace__side">
            <PlacementPanel state={state} signatures={signatures} />
            <CrossSealPanel state={state} signatures={signatures} />
            <ExportPanel key={doc.token} state={state} onManageCertificates={onManageCertificates} />
            <BatchPanel state={state} onFinished={onHistoryChanged} />
          </aside>
        </div>
      )}
    </div>
  )
}
