import { useTranslation } from 'react-i18next'
import { describeError } from '../../../app/call-error'
import type { SaveState } from '../autosave/autosave-tracker'

/** "Saved" / "Saving…" / "Not saved yet" / why a save failed, for the user and for tests. */
export function SaveIndicator({ state, error }: { state: SaveState; error: unknown }) {
  const { t } = useTranslation()
  const text =
    state === 'saved'
      ? t('notes.editor.saved')
      : state === 'saving'
        ? t('notes.editor.saving')
        : state === 'dirty'
          ? t('notes.editor.unsaved')
          : t('notes.editor.saveFailed', { reason: describeError(t, error) })
  return (
    <span
      className={`save-indicator save-indicator--${state}`}
      data-testid="save-state"
      data-state={state}
      role="status"
    >
      {text}
    </span>
  )
}
