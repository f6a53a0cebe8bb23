import { useTranslation } from 'react-i18next'
import { isMacPlatform, shortcutLabel } from '../../app/shortcuts/shortcuts'
import { SettingsSection } from './settings-section'

const isMac = isMacPlatform(navigator.userAgent)

export function ShortcutsSection() {
  const { t } = useTranslation()
  return (
    <SettingsSection id="shortcuts" title={t('settings.shortcuts')}>
      <dl className="shortcut-list" data-testid="shortcut-list">
        <div className="shortcut-list__row">
          <dt>{t('settings.shortcutNav')}</dt>
          <dd className="shortcut-list__keys">
            {(['notes', 'sign', 'filing', 'ocr'] as const).map((page) => (
              <span key={page} className="shortcut-list__key">
                <kbd>{shortcutLabel(page, isMac)}</kbd> {t(`nav.${page}`)}
              </span>
            ))}
          </dd>
        </div>
        <div className="shortcut-list__row">
          <dt>{t('settings.shortcutSettings')}</dt>
          <dd className="shortcut-list__keys">
            <span className="shortcut-list__key">
              <kbd>{shortcutLabel('settings', isMac)}</kbd> {t('nav.settings')}
            </span>
          </dd>
        </div>
      </dl>
    </SettingsSection>
  )
}
