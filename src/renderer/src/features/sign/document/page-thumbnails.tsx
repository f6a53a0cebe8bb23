import { useTranslation } from 'react-i18next'
import { PdfPageImage } from './pdf-page-image'
import type { SignDocumentState } from './use-sign-document'

/** A PDF's pages as small pictures; the one chosen is the page shown, marked if it has signatures. */
export function PageThumbnails({ state }: { state: SignDocumentState }) {
  const { t } = useTranslation()
  const doc = state.doc
  if (!doc) return null
  return (
    <nav className="thumbs" aria-label={t('sign.document.pages')}>
      <ol className="thumbs__list">
        {doc.pages.map((size, index) => {
          const count = state.placements.filter((p) => p.page === index).length
          return (
            <li key={index}>
              <button
                type="button"
                className="thumbs__item"
                aria-current={state.page === index ? 'page' : undefined}
                aria-label={t('sign.document.pageLabel', { page: index + 1 })}
                data-testid={`sign-thumb-${index + 1}`}
                onClick={() => state.setPage(index)}
              >
                <span className="thumbs__paper" style={{ aspectRatio: `${size.width} / ${size.height}` }}>
                  <PdfPageImage token={doc.token} index={index} cssWidth={96} className="thumbs__canvas" />
                </span>
                <span className="thumbs__label">
                  {index + 1}
                  {count > 0 && <span className="thumbs__badge">{count}</span>}
                </span>
              </button>
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
