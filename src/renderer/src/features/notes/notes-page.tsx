import { useTranslation } from 'react-i18next'
import { EmptyState } from '../../app/page/empty-state'
import { PageFrame } from '../../app/page/page-frame'

export function NotesPage() {
  const { t } = useTranslation()
  return (
    <PageFrame page="notes" title={t('notes.title')}>
      <EmptyState page="notes" text={t('notes.empty')} />
    </PageFrame>
  )
}
