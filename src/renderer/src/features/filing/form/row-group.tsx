import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface RowGroupProps {
  legend?: ReactNode
  testId?: string
  onRemove: () => void
  children: ReactNode
}

/** One row of a group the user adds to (a principal, a platform, a pre-approval, an SDK) with its Remove button. */
export function RowGroup({ legend, testId, onRemove, children }: RowGroupProps) {
  const { t } = useTranslation()
  return (
    <fieldset className="person field--wide" data-testid={testId}>
      {legend !== undefined && <legend>{legend}</legend>}
      {children}
      <button type="button" className="button button--quiet" onClick={onRemove}>
        {t('filing.form.remove')}
      </button>
    </fieldset>
  )
}
