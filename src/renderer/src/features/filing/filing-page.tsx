import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../app/page/empty-state'
import { PageFrame } from '../../app/page/page-frame'

export function FilingPage() {
  const { t } = useTranslation()
  return (
    <PageFrame page="filing" title={t('filing.title')}>
      <EmptyState page="filing" text={t('filing.empty')} />
    </PageFrame>
  )
}
