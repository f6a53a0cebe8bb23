import type { ReactNode } from 'react'
import type { FilingForm } from '../../../../../shared/contract/filing-form'
import type { FormIssues } from './use-form-draft'

export interface SectionProps {
  draft: FilingForm
  update: (change: (form: FilingForm) => void) => void
  issues: FormIssues
  revealed: boolean
}

/** A card of the form, titled as the provider consoles title it. */
export function FormSection({
  id,
  title,
  children,
  issues,
}: {
  id: string
  title: string
  children: ReactNode
  issues?: ReactNode
}) {
  return (
    <section
      className="filing-card form-section"
      aria-labelledby={`form-${id}`}
      data-testid={`form-section-${id}`}
    >
      <h3 id={`form-${id}`} className="filing-card__title">
        {title}
      </h3>
      {issues}
      <div className="form-grid">{children}</div>
    </section>
  )
}
