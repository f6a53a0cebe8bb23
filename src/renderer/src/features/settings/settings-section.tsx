import type { ReactNode } from 'react'

/** One card on the settings page: a heading, an optional hint, its rows. */
export function SettingsSection({
  id,
  title,
  hint,
  children,
}: {
  id: string
  title: string
  hint?: string
  children: ReactNode
}) {
  return (
    <section className="settings-section" aria-labelledby={`settings-${id}`}>
      <h2 id={`settings-${id}`} className="settings-section__title">
        {title}
      </h2>
      {hint && <p className="settings-section__hint">{hint}</p>}
      <div className="settings-section__body">{children}</div>
    </section>
  )
}

/** A label on the left, a control (or value) on the right. */
export function SettingsRow({
  label,
  htmlFor,
  hint,
  children,
}: {
  label: string
  htmlFor?: string
  hint?: string
  children: ReactNode
}) {
  return (
    <div className="settings-row">
      <div className="settings-row__label">
        {htmlFor ? <label htmlFor={htmlFor}>{label}</label> : <span>{label}</span>}
        {hint && <span className="settings-row__hint">{hint}</span>}
      </div>
      <div className="settings-row__control">{children}</div>
    </div>
  )
}
