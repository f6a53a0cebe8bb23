import { useTranslation } from 'react-i18next'
import type { Signature } from '../../../../../shared/contract/sign'
import { describeError } from '../../../app/call-error'
import type { SignDocumentState } from '../document/use-sign-document'
import { newCrossSeal, type CrossSealDraft } from './cross-seal-model'

/**
 * The 骑缝章: a seal from the library split across the edge of the chosen pages, at one height;
 * the page view draws each page's strip as export will, and a seal that cannot fit says why.
 */
export function CrossSealPanel({
  state,
  signatures,
}: {
  state: SignDocumentState
  signatures: readonly Signature[]
}) {
  const { t } = useTranslation()
  const doc = state.doc
  if (!doc || doc.kind !== 'pdf') return null
  const seals = signatures.filter((s) => s.role === 'seal')
  const draft = state.crossSeal
  const set = (patch: Partial<CrossSealDraft>) => draft && state.setCrossSeal({ ...draft, ...patch })
  const first = seals[0]
  const allPages = draft?.pages === 'all'

  return (
    <div className="sign-panel" data-testid="sign-cross-seal">
      <h3 className="sign-panel__title">{t('signMarks.cross.title')}</h3>
      <p className="sign-card__hint">{t('signMarks.cross.hint')}</p>
      {seals.length === 0 ? (
        <p className="sign-card__hint" data-testid="sign-cross-seal-none">
          {t('signMarks.cross.noSeal')}
        </p>
      ) : (
        <label className="check">
          <input
            type="checkbox"
            checked={draft !== null}
            data-testid="sign-cross-seal-enable"
            onChange={(e) =>
              state.setCrossSeal(e.target.checked && first ? newCrossSeal(first.id, first.aspect) : null)
            }
          />
          <span>{t('signMarks.cross.enable')}</span>
        </label>
      )}
      {draft && (
        <div className="sign-panel__group">
          <label className="field">
            <span className="field__label">{t('signMarks.cross.seal')}</span>
            <select
              className="select"
              value={draft.sealId}
              data-testid="sign-cross-seal-choice"
              onChange={(e) => {
                const seal = seals.find((s) => s.id === Number(e.target.value))
                if (seal) set({ sealId: seal.id, aspect: seal.aspect })
              }}
            >
              {seals.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field__label">{t('signMarks.cross.edge')}</span>
            <select
              className="select"
              value={draft.edge}
              data-testid="sign-cross-seal-edge"
              onChange={(e) => set({ edge: e.target.value === 'left' ? 'left' : 'right' })}
            >
              <option value="right">{t('signMarks.cross.edges.right')}</option>
              <option value="left">{t('signMarks.cross.edges.left')}</option>
            </select>
          </label>
          <label className="field">
            <span className="field__label">
              {t('signMarks.cross.y')} <output>{Math.round(draft.y * 100)}%</output>
            </span>
            <input
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={draft.y}
              data-testid="sign-cross-seal-y"
              onChange={(e) => set({ y: Number(e.target.value) })}
            />
          </label>
          <label className="field">
            <span className="field__label">
              {t('signMarks.cross.width')} <output>{Math.round(draft.width * 100)}%</output>
            </span>
            <input
              type="range"
              min={0.04}
              max={0.4}
              step={0.01}
              value={draft.width}
              data-testid="sign-cross-seal-width"
              onChange={(e) => set({ width: Number(e.target.value) })}
            />
          </label>
          <fieldset className="page-choice">
            <legend className="field__label">{t('signMarks.pages.label')}</legend>
            <div className="page-choice__modes" role="radiogroup">
              <label className="check">
                <input
                  type="radio"
                  name="cross-seal-pages"
                  checked={allPages}
                  data-testid="sign-cross-seal-all"
                  onChange={() => set({ pages: 'all' })}
                />
                <span>{t('signMarks.pages.all')}</span>
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="cross-seal-pages"
                  checked={!allPages}
                  data-testid="sign-cross-seal-chosen"
                  onChange={() => set({ pages: `1-${doc.pages.length}` })}
                />
                <span>{t('signMarks.pages.chosen')}</span>
              </label>
            </div>
            {!allPages && (
              <input
                className="input"
                value={draft.pages}
                aria-label={t('signMarks.pages.spec')}
                placeholder={t('signMarks.pages.specPlaceholder')}
                data-testid="sign-cross-seal-pages"
                onChange={(e) => set({ pages: e.target.value })}
              />
            )}
          </fieldset>
          {state.crossSealError ? (
            <p className="field__hint sign-warning" data-testid="sign-cross-seal-problem">
              {describeError(t, state.crossSealError)}
            </p>
          ) : (
            <p className="field__hint" data-testid="sign-cross-seal-strips">
              {t('signMarks.cross.strips', { count: state.crossStrips.length })}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
