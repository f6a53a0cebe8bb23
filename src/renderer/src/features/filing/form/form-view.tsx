import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FilingCatalog, FilingDetail } from '../../../../../shared/contract/filing'
import type { FilingHandle } from '../detail/use-filing'
import { AppSection, ExtrasSection } from './app-section'
import { NetworkSection, PlatformsSection } from './platforms-section'
import { PrincipalsSection } from './principals-section'
import { SubjectSection } from './subject-section'
import { useFormDraft } from './use-form-draft'

/** The filing form, section by section, checked by the core as the user types. */
export function FormView({
  filing,
  detail,
  catalog,
}: {
  filing: FilingHandle
  detail: FilingDetail
  catalog: FilingCatalog
}) {
  const { t } = useTranslation()
  const form = useFormDraft(detail, filing)
  const [revealed, setRevealed] = useState(false)
  const errors = form.issues.filter((i) => i.severity === 'error').length
  const warnings = form.issues.length - errors
  const props = { draft: form.draft, update: form.update, issues: form.formIssues, revealed }
  const saveLabel =
    form.saveState === 'saving'
      ? t('filing.form.saving')
      : form.saveState === 'dirty'
        ? t('filing.form.unsaved')
        : t('filing.detail.saved')

  return (
    <div className="form-view" data-testid="filing-form">
      <div className="form-bar" role="status">
        <span
          className={`form-bar__summary${errors ? ' has-errors' : ''}`}
          data-testid="form-summary"
          data-errors={errors}
        >
          {errors === 0 && warnings === 0
            ? t('filing.form.summaryOk')
            : [
                errors ? t('filing.form.summaryErrors', { count: errors }) : null,
                warnings ? t('filing.form.summaryWarnings', { count: warnings }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
        </span>
        <span className="form-bar__save" data-testid="form-save-state" data-state={form.saveState}>
          {saveLabel}
        </span>
        <button
          type="button"
          className="button"
          aria-pressed={form.showAll}
          onClick={() => form.setShowAll(!form.showAll)}
          data-testid="form-check-all"
        >
          {t('filing.form.checkAll')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={revealed}
          data-testid="form-reveal"
          onClick={() => setRevealed(!revealed)}
        >
          {t(revealed ? 'filing.form.hide' : 'filing.form.reveal')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="form-save"
          disabled={form.saveState !== 'dirty'}
          onClick={() => void form.save()}
        >
          {t('filing.form.save')}
        </button>
      </div>
      <SubjectSection {...props} catalog={catalog} />
      <PrincipalsSection {...props} />
      <AppSection {...props} />
      <PlatformsSection {...props} />
      <NetworkSection {...props} />
      <ExtrasSection {...props} />
    </div>
  )
}
