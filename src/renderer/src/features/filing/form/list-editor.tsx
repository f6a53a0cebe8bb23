import { useTranslation } from 'react-i18next'
import { IssueList } from './issue-list'
import type { FormIssues } from './use-form-draft'

/** A list of short values (domains, IPs), one input each, with their own problems. */
export function ListEditor({
  label,
  path,
  values,
  issues,
  addLabel,
  placeholder,
  hint,
  onChange,
}: {
  label: string
  path: string
  values: string[]
  issues: FormIssues
  addLabel: string
  placeholder: string
  /** A line under the label saying what belongs in the list. */
  hint?: string
  onChange: (values: string[]) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="field field--wide list-editor" data-testid={`list-${path}`}>
      <span className="field__label">{label}</span>
      {hint && <p className="form-note list-editor__hint">{hint}</p>}
      <IssueList issues={issues.at(path)} id={`${path}-issues`} />
      {values.map((value, i) => {
        const at = `${path}.${i}`
        const found = issues.at(at)
        return (
          <div key={i} className="list-editor__row">
            <input
              className="input input--mono"
              aria-label={`${label} ${i + 1}`}
              aria-invalid={found.some((f) => f.severity === 'error')}
              value={value}
              placeholder={placeholder}
              data-testid={`input-${at}`}
              onChange={(e) => onChange(values.map((v, j) => (j === i ? e.target.value : v)))}
              onBlur={() => issues.touch(at)}
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(values.filter((_, j) => j !== i))}
            >
              {t('filing.form.remove')}
            </button>
            <IssueList issues={found} id={`${at}-issues`} />
          </div>
        )
      })}
      <button
        type="button"
        className="button list-editor__add"
        data-testid={`add-${path}`}
        onClick={() => onChange([...values, ''])}
      >
        {addLabel}
      </button>
    </div>
  )
}
