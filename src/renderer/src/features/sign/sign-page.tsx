import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../app/page/empty-state'
import { PageFrame } from '../../app/page/page-frame'

export function SignPage() {
  const { t } = useTranslation()
  return (
    <PageFrame page="sign" title={t('sign.title')}>
      <EmptyState page="sign" text={t('sign.empty')} />
    </PageFrame>
  )
}
