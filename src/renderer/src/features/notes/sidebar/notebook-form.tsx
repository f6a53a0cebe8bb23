import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/** An inline name field for a new or renamed notebook; Enter saves, Escape cancels. */
export function NotebookForm({
  initial,
  label,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: string
  label: string
  submitLabel?: string
  onSubmit: (name: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [name, setName] = useState(initial)
  return (
    <form
      className="notebook-form"
      data-testid="notebook-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (name.trim()) onSubmit(name.trim())
      }}
    >
      <input
        className="notebook-form__input"
        data-testid="notebook-name"
        aria-label={label}
        placeholder={t('notes.nav.notebookName')}
        value={name}
        maxLength={200}
        autoFocus
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      />
      <div className="notebook-form__buttons">
        <button
          type="submit"
          className="button button--primary button--small"
          data-testid="notebook-save"
          disabled={!name.trim()}
        >
          {submitLabel ?? t('notes.nav.create')}
        </button>
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {t('notes.nav.cancel')}
        </button>
      </div>
    </form>
  )
}
