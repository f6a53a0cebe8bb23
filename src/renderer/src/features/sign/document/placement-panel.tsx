import { useTranslation } from 'react-i18next'
import type { Signature, StampFormat } from '../../../../../shared/contract/sign'
import { SignatureThumb } from '../library/signature-thumb'
import { PageChoiceRow } from '../marks/page-choice-row'
import type { SignDocumentState } from './use-sign-document'

const STAMP_FORMATS: StampFormat[] = ['zh-long', 'zh-hanzi', 'iso', 'slash', 'en-long', 'en-us']

/** The signatures to place, and the settings of the selected placement. */
export function PlacementPanel({
  state,
  signatures,
}: {
  state: SignDocumentState
  signatures: readonly Signature[]
}) {
  const { t, i18n } = useTranslation()
  const p = state.selected
  const multiPage = (state.doc?.pages.length ?? 1) > 1
  return (
    <div className="sign-panel">
      <h3 className="sign-panel__title">{t('sign.place.title')}</h3>
      {signatures.length === 0 ? (
        <p className="sign-card__hint">{t('sign.place.noSignatures')}</p>
      ) : (
        <>
          <p className="sign-card__hint">{t('sign.place.hint')}</p>
          <ul className="palette">
            {signatures.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="palette__item"
                  data-testid={`sign-add-${s.id}`}
                  aria-label={t('sign.place.add', { name: s.name })}
                  title={s.name}
                  onClick={() => state.add(s)}
                >
                  <SignatureThumb signature={s} height={40} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {p && (
        <div className="sign-panel__group" data-testid="sign-placement-settings">
          <label className="field">
            <span className="field__label">
              {t('sign.place.rotate')} <output>{Math.round(p.rotate)}°</output>
            </span>
            <input
              type="range"
              min={-180}
              max={180}
              value={p.rotate}
              data-testid="sign-placement-rotate"
              onChange={(e) => state.update(p.key, { rotate: Number(e.target.value) })}
            />
          </label>
          <label className="field">
            <span className="field__label">
              {t('sign.place.opacity')} <output>{Math.round(p.opacity * 100)}%</output>
            </span>
            <input
              type="range"
              min={0.1}
              max={1}
              step={0.05}
              value={p.opacity}
              data-testid="sign-placement-opacity"
              onChange={(e) => state.update(p.key, { opacity: Number(e.target.value) })}
            />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={p.stamp !== null}
              data-testid="sign-placement-stamp"
              onChange={(e) =>
                state.update(p.key, {
                  stamp: e.target.checked
                    ? { format: i18n.language === 'zh-CN' ? 'zh-long' : 'en-long', label: '' }
                    : null,
                })
              }
            />
            <span>{t('sign.place.stamp')}</span>
          </label>
          {p.stamp && (
            <>
              <label className="field">
                <span className="field__label">{t('sign.place.stampFormat')}</span>
                <select
                  className="select"
                  value={p.stamp.format}
                  data-testid="sign-placement-stamp-format"
                  onChange={(e) =>
                    p.stamp &&
                    state.update(p.key, { stamp: { ...p.stamp, format: e.target.value as StampFormat } })
                  }
                >
                  {STAMP_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {t(`sign.place.formats.${f}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="field">
                <span className="field__label">{t('sign.place.stampLabel')}</span>
                <input
                  className="input"
                  maxLength={40}
                  value={p.stamp.label}
                  placeholder={t('sign.place.stampLabelPlaceholder')}
                  onChange={(e) =>
                    p.stamp && state.update(p.key, { stamp: { ...p.stamp, label: e.target.value } })
                  }
                />
              </label>
            </>
          )}
          {multiPage && (
            <PageChoiceRow
              key={p.key}
              state={state}
              placement={p}
              signature={signatures.find((s) => s.id === p.signatureId)}
            />
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              data-testid="sign-placement-remove"
              onClick={() => state.remove(p.key)}
            >
              {t('sign.place.remove')}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
