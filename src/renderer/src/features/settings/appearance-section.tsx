import { useTranslation } from 'react-i18next'
import type { LocaleChoice, ThemeChoice } from '../../../../shared/contract/settings'
import { matchLocale } from '../../../../shared/i18n'
import { localeChoices, themeChoices } from '../../app/contract-values'
import { useAppState } from '../../app/state/app-state'
import { SettingsRow, SettingsSection } from './settings-section'

export function AppearanceSection() {
  const { t } = useTranslation()
  const { info, settings, updateSettings } = useAppState()
  const systemLocale = info?.systemLocale ?? matchLocale(navigator.language)

  return (
    <SettingsSection id="appearance" title={t('settings.appearance')}>
      <SettingsRow
        label={t('settings.language')}
        htmlFor="settings-language"
        hint={t('settings.languageHint')}
      >
        <select
          id="settings-language"
          data-testid="settings-language"
          className="select"
          value={settings.locale}
          onChange={(e) => void updateSettings({ locale: e.target.value as LocaleChoice })}
        >
          {localeChoices.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'system'
                ? t('settings.locale.system', { name: t(`settings.locale.${systemLocale}`) })
                : t(`settings.locale.${choice}`)}
            </option>
          ))}
        </select>
      </SettingsRow>
      <SettingsRow label={t('settings.theme')} htmlFor="settings-theme">
        <select
          id="settings-theme"
          data-testid="settings-theme"
          className="select"
          value={settings.theme}
          onChange={(e) => void updateSettings({ theme: e.target.value as ThemeChoice })}
        >
          {themeChoices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`settings.themes.${choice}`)}
            </option>
          ))}
        </select>
      </SettingsRow>
    </SettingsSection>
  )
}
