import { useId, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import type { FieldIssue } from '../../../../../shared/contract/filing-form'
import { displayPhone } from '../display-values'
import { maskIdNumber, maskPhone } from '../../../../../shared/format/mask'
import { IssueList } from './issue-list'
import type { FormIssues } from './use-form-draft'

interface FieldProps {
  label: string
  path: string
  issues: FormIssues
  children: (props: {
    id: string
    invalid: boolean
    describedBy: string | undefined
    onBlur: () => void
  }) => ReactNode
  wide?: boolean
}

/** A labelled control with its problems under it; 'required' shows once the field was left. */
export function Field({ label, path, issues, children, wide }: FieldProps) {
  const id = useId()
  const list: FieldIssue[] = issues.at(path)
  const errors = list.filter((i) => i.severity === 'error')
  return (
    <div className={`field${wide ? ' field--wide' : ''}`} data-field={path}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        invalid: errors.length > 0,
        describedBy: list.length ? `${id}-issues` : undefined,
        onBlur: () => issues.touch(path),
      })}
      <IssueList issues={list} id={`${id}-issues`} />
    </div>
  )
}

export function TextField({
  label,
  path,
  issues,
  value,
  onChange,
  placeholder,
  wide,
  mono,
  multiline,
  display,
}: {
  label: string
  path: string
  issues: FormIssues
  value: string
  onChange: (value: string) => void
  placeholder?: string
  wide?: boolean
  mono?: boolean
  multiline?: boolean
  /** How the stored value reads while the field is not being edited (a fingerprint's layout). */
  display?: (value: string) => string
}) {
  const [editing, setEditing] = useState(false)
  const shown = display && !editing ? display(value) : value
  return (
    <Field label={label} path={path} issues={issues} wide={wide}>
      {(p) =>
        multiline ? (
          <textarea
            className={`input${mono ? ' input--mono' : ''}`}
            rows={3}
            id={p.id}
            aria-invalid={p.invalid}
            aria-describedby={p.describedBy}
            value={value}
            placeholder={placeholder}
            onChange={(e) => onChange(e.target.value)}
            onBlur={p.onBlur}
            data-testid={`input-${path}`}
          />
        ) : (
          <input
            className={`input${mono ? ' input--mono' : ''}`}
            id={p.id}
            aria-invalid={p.invalid}
            aria-describedby={p.describedBy}
            value={shown}
            placeholder={placeholder}
            onFocus={() => setEditing(true)}
            onChange={(e) => onChange(e.target.value)}
            onBlur={() => {
              setEditing(false)
              p.onBlur()
            }}
            data-testid={`input-${path}`}
          />
        )
      }
    </Field>
  )
}

/** ID numbers and phones: masked unless revealed or being edited; never logged anywhere. */
export function MaskedField({
  label,
  path,
  issues,
  value,
  onChange,
  kind,
  revealed,
}: {
  label: string
  path: string
  issues: FormIssues
  value: string
  onChange: (value: string) => void
  kind: 'id' | 'phone'
  revealed: boolean
}) {
  const [editing, setEditing] = useState(false)
  const shown =
    editing || value === ''
      ? value
      : revealed
        ? kind === 'phone'
          ? displayPhone(value)
          : value
        : kind === 'id'
          ? maskIdNumber(value)
          : maskPhone(value)
  return (
    <Field label={label} path={path} issues={issues}>
      {(p) => (
        <input
          className="input input--mono"
          id={p.id}
          aria-invalid={p.invalid}
          aria-describedby={p.describedBy}
          autoComplete="off"
          spellCheck={false}
          inputMode={kind === 'phone' ? 'tel' : 'text'}
          value={shown}
          data-testid={`input-${path}`}
          data-masked={!revealed && !editing && value !== ''}
          // Swap in the real value at once and select it, so typing replaces it as a whole
          // (a caret inside a half-hidden number would edit digits the user cannot see).
          onFocus={(e) => {
            const box = e.currentTarget
            const wasMasked = shown !== value
            flushSync(() => setEditing(true))
            if (wasMasked) box.select()
          }}
          onBlur={() => {
            setEditing(false)
            p.onBlur()
          }}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  )
}

export function SelectField<T extends string>({
  label,
  path,
  issues,
  value,
  choices,
  onChange,
}: {
  label: string
  path: string
  issues: FormIssues
  value: T
  choices: Array<{ value: T; label: string }>
  onChange: (value: T) => void
}) {
  return (
    <Field label={label} path={path} issues={issues}>
      {(p) => (
        <select
          className="select"
          id={p.id}
          aria-invalid={p.invalid}
          aria-describedby={p.describedBy}
          value={value}
          onChange={(e) => onChange(e.target.value as T)}
          onBlur={p.onBlur}
          data-testid={`input-${path}`}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

export function CheckField({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  testId?: string
}) {
  return (
    <label className="checkbox field--wide">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
      <span>{label}</span>
    </label>
  )
}
