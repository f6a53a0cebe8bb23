import { useTranslation } from 'react-i18next'
import { useAppState } from '../../app/state/app-state'
import { SettingsSection } from './settings-section'

export function AboutSection() {
  const { t } = useTranslation()
  const { info } = useAppState()
  return (
    <SettingsSection id="about" title={t('settings.about')}>
      <div className="about">
        <strong className="about__name">{t('app.name')}</strong>
        {info && (
          <span className="about__version" data-testid="app-version">
            {t('settings.version', { version: info.version })}
          </span>
        )}
        <span className="about__tagline">{t('app.tagline')}</span>
      </div>
    </SettingsSection>
  )
}
