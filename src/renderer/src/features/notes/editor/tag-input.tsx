import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** A note's tags as removable chips, and a field that adds one on Enter or comma. */
export function TagInput({
  tags,
  suggestions,
  disabled,
  onChange,
}: {
  tags: readonly string[]
  suggestions: readonly string[]
  disabled: boolean
  onChange: (tags: string[]) => void
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState('')
  const add = () => {
    const name = draft.trim().replace(/,$/, '').trim()
    setDraft('')
    if (!name || tags.some((tag) => tag.toLowerCase() === name.toLowerCase())) return
    onChange([...tags, name])
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',' || event.key === '，') {
      event.preventDefault()
      add()
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1))
    }
  }
  return (
    <div className="tag-input" data-testid="note-tags">
      {tags.map((tag) => (
        <span key={tag} className="tag-chip">
          #{tag}
          {!disabled && (
            <button
              type="button"
              className="tag-chip__remove"
              aria-label={t('notes.editor.removeTag', { name: tag })}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          )}
        </span>
      ))}
      {!disabled && (
        <input
          className="tag-input__field"
          data-testid="note-tag-input"
          list="note-tag-suggestions"
          value={draft}
          placeholder={t('notes.editor.addTag')}
          aria-label={t('notes.editor.tags')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
      )}
      <datalist id="note-tag-suggestions">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </div>
  )
}
