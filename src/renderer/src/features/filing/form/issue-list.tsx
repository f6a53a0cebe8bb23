import { useTranslation } from 'react-i18next'
import type { FieldIssue } from '../../../../../shared/contract/filing-form'

/** A field's problems in the user's language: errors first, then warnings. */
export function IssueList({ issues, id }: { issues: FieldIssue[]; id: string }) {
  const { t } = useTranslation()
  if (issues.length === 0) return null
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  return (
    <ul className="issues" id={id}>
      {sorted.map((issue, i) => (
        <li
          key={i}
          className={`issue issue--${issue.severity}`}
          data-testid="field-issue"
          data-reason={issue.reason}
          data-severity={issue.severity}
        >
          {t(`filing.reasons.${issue.reason}`, issue.values)}
        </li>
      ))}
    </ul>
  )
}
