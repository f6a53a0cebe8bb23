import { useTranslation } from 'react-i18next'
import { PageFrame } from '../../app/page/page-frame'
import { AboutSection } from './about-section'
import { AppearanceSection } from './appearance-section'
import { BackupsSection } from './backups-section'
import { DataSection } from './data-section'
import { ShortcutsSection } from './shortcuts-section'

export function SettingsPage() {
  const { t } = useTranslation()
  return (
    <PageFrame page="settings" title={t('settings.title')}>
      <div className="settings">
        <AppearanceSection />
        <DataSection />
        <BackupsSection />
        <ShortcutsSection />
        <AboutSection />
      </div>
    </PageFrame>
  )
}
