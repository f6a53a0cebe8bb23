import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldIssue } from '../../../../../shared/contract/filing-form'
import { useAppState } from '../../../app/state/app-state'
import { formatDay, parseDateText } from './date-text'
import { Field } from './field'
import type { FormIssues } from './use-form-draft'

/**
 * A date in the app's language, whatever language the browser engine was started in (a native
 * `<input type="date">` follows Chromium's locale: mm/dd/yyyy on an English system even when the
 * app is in Chinese). Shows 2026年3月15日 / March 15, 2026; takes 2026-03-15, 2026/3/15,
 * 2026年3月15日 or 20260315 while editing; stores YYYY-MM-DD.
 */
export function DateField({
  label,
  path,
  issues,
  value,
  onChange,
}: {
  label: string
  path: string
  issues: FormIssues
  value: string
  onChange: (value: string) => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const [text, setText] = useState<string | null>(null)
  const [focused, setFocused] = useState(false)
  const unreadable = text !== null && text.trim() !== '' && parseDateText(text) === null
  const withLocal: FormIssues = {
    at: (p) => {
      const found = issues.at(p)
      const local: FieldIssue = { path, reason: 'date-format', severity: 'error', values: {} }
      // Said once the user leaves the field: half a date while typing is no mistake yet.
      return p === path && unreadable && !focused
        ? [local, ...found.filter((f) => f.reason !== 'date-format')]
        : found
    },
    touch: issues.touch,
  }
  const shown = text ?? (value ? formatDay(value, locale) : '')
  return (
    <Field label={label} path={path} issues={withLocal}>
      {(p) => (
        <input
          className="input"
          id={p.id}
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={p.invalid}
          aria-describedby={p.describedBy}
          placeholder={t('filing.form.datePlaceholder')}
          value={shown}
          data-testid={`input-${path}`}
          data-value={value}
          onFocus={() => {
            setFocused(true)
            setText(value)
          }}
          onChange={(e) => {
            setText(e.target.value)
            const day = parseDateText(e.target.value)
            onChange(day ?? '')
          }}
          onBlur={() => {
            // A date that reads is shown in the app's layout; one that does not stays to be fixed.
            setFocused(false)
            if (!unreadable) setText(null)
            p.onBlur()
          }}
        />
      )}
    </Field>
  )
}
