import { useTranslation } from 'react-i18next'
import { paperdesk } from '../../app/api'
import { useAppState } from '../../app/state/app-state'
import { useToasts } from '../../app/toasts/toast-context'
import { SettingsRow, SettingsSection } from './settings-section'

export function DataSection() {
  const { t } = useTranslation()
  const { info } = useAppState()
  const { showError } = useToasts()

  const openDataFolder = async () => {
    try {
      await paperdesk().app.openDataFolder()
    } catch (e) {
      showError(e)
    }
  }

  return (
    <SettingsSection id="data" title={t('settings.data')}>
      <SettingsRow label={t('settings.dataFolder')}>
        <div className="data-folder">
          <code className="data-folder__path" data-testid="data-dir">
            {info?.dataDir ?? '—'}
          </code>
          <button
            type="button"
            className="button"
            data-testid="open-data-folder"
            onClick={() => void openDataFolder()}
          >
            {t('settings.openDataFolder')}
          </button>
        </div>
      </SettingsRow>
      {info && (
        <p className="settings-section__note" data-testid="schema-version">
          {t('settings.schemaVersion', { version: info.schemaVersion })}
        </p>
      )}
    </SettingsSection>
  )
}
