import type { PageId } from '../page-id'
import { PageIcon } from '../shell/icons'

/** A tool that has nothing to show yet: its icon and one line about what will live here. */
export function EmptyState({ page, text }: { page: PageId; text: string }) {
  return (
    <div className="empty-state">
      <div className="empty-state__icon">
        <PageIcon page={page} size={40} />
      </div>
      <p className="empty-state__text">{text}</p>
    </div>
  )
}
