import { useTranslation } from 'react-i18next'
import type { PdfOptions } from '../../../../../shared/contract/notes-export'
import { marginRange, pageSizes } from '../notes-values'

const toggles = ['header', 'footer', 'toc', 'includeTitle', 'onePerPage'] as const

/** Page size, orientation, margins and what goes on the pages. */
export function PdfOptionsForm({
  value,
  several,
  onChange,
}: {
  value: PdfOptions
  /** A table of contents lists notes: it needs more than one. */
  several: boolean
  onChange: (next: PdfOptions) => void
}) {
  const { t } = useTranslation()
  const set = <K extends keyof PdfOptions>(key: K, v: PdfOptions[K]) => onChange({ ...value, [key]: v })
  return (
    <fieldset className="export-options" data-testid="export-pdf-options">
      <label className="export-field">
        <span>{t('notes.export.pageSize')}</span>
        <select
          className="select select--small"
          data-testid="export-page-size"
          value={value.pageSize}
          onChange={(e) => set('pageSize', e.target.value as PdfOptions['pageSize'])}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <label className="export-field">
        <span>{t('notes.export.orientation')}</span>
        <select
          className="select select--small"
          data-testid="export-orientation"
          value={value.landscape ? 'landscape' : 'portrait'}
          onChange={(e) => set('landscape', e.target.value === 'landscape')}
        >
          <option value="portrait">{t('notes.export.portrait')}</option>
          <option value="landscape">{t('notes.export.landscape')}</option>
        </select>
      </label>
      <label className="export-field">
        <span>{t('notes.export.margin')}</span>
        <input
          className="export-field__number"
          data-testid="export-margin"
          type="number"
          min={marginRange.min}
          max={marginRange.max}
          step={1}
          value={value.marginMm}
          onChange={(e) => {
            const n = Number(e.target.value)
            if (Number.isFinite(n)) set('marginMm', Math.min(marginRange.max, Math.max(marginRange.min, n)))
          }}
        />
      </label>
      {toggles.map((key) => (
        <label key={key} className="export-check">
          <input
            type="checkbox"
            data-testid={`export-${key}`}
            checked={
              key === 'includeTitle'
                ? value.includeTitle || (value.toc && several)
                : key === 'toc'
                  ? value.toc && several
                  : value[key]
            }
            disabled={(key === 'includeTitle' && value.toc && several) || (key === 'toc' && !several)}
            onChange={(e) => set(key, e.target.checked)}
          />
          <span>{t(`notes.export.${key}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}
