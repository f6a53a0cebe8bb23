import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilingCatalog } from '../../../../../shared/contract/filing'
import { useLocalized } from '../use-catalog'

/** Records why a filing came back: the common reasons (reference §8) to tick, and the provider's words. */
export function ReturnPanel({
  catalog,
  busy,
  onSave,
  onCancel,
}: {
  catalog: FilingCatalog
  busy: boolean
  onSave: (reasons: string[], note: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const loc = useLocalized()
  const [reasons, setReasons] = useState<string[]>([])
  const [note, setNote] = useState('')
  const toggle = (key: string) =>
    setReasons((list) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]))
  return (
    <section className="filing-card return-panel" data-testid="return-panel">
      <h3 className="filing-card__title">{t('filing.steps.returnTitle')}</h3>
      <ul className="return-panel__reasons">
        {catalog.rejectionReasons.map((r) => (
          <li key={r.key}>
            <label className="checkbox">
              <input type="checkbox" checked={reasons.includes(r.key)} onChange={() => toggle(r.key)} />
              <span>{loc(r.text)}</span>
            </label>
          </li>
        ))}
      </ul>
      <label className="field">
        <span className="field__label">{t('filing.steps.returnNote')}</span>
        <textarea
          className="input"
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          data-testid="return-note"
        />
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          data-testid="return-save"
          disabled={busy || (reasons.length === 0 && !note.trim())}
          onClick={() => onSave(reasons, note)}
        >
          {t('filing.steps.returnSave')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('filing.create.cancel')}
        </button>
      </div>
    </section>
  )
}
