import { useTranslation } from 'react-i18next'
import { NavLink } from 'react-router'
import type { PageId } from '../page-id'
import { isMacPlatform, shortcutLabel } from '../shortcuts/shortcuts'
import { AppMark, PageIcon } from './icons'

const isMac = isMacPlatform(navigator.userAgent)

function SidebarLink({ page }: { page: PageId }) {
  const { t } = useTranslation()
  const shortcut = shortcutLabel(page, isMac)
  // NavLink sets aria-current="page" on the active link.
  return (
    <NavLink
      to={`/${page}`}
      className="sidebar__link"
      data-testid={`nav-${page}`}
      title={`${t(`nav.${page}`)} (${shortcut})`}
    >
      <PageIcon page={page} />
      <span className="sidebar__label">{t(`nav.${page}`)}</span>
      <kbd className="sidebar__kbd" aria-hidden="true">
        {shortcut}
      </kbd>
    </NavLink>
  )
}

export function Sidebar() {
  const { t } = useTranslation()
  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <AppMark />
        <span className="sidebar__name">{t('app.name')}</span>
      </div>
      <nav className="sidebar__nav" aria-label={t('nav.label')}>
        <ul className="sidebar__list">
          {(['notes', 'sign', 'filing', 'ocr'] as const).map((page) => (
            <li key={page}>
              <SidebarLink page={page} />
            </li>
          ))}
        </ul>
        <ul className="sidebar__list sidebar__list--end">
          <li>
            <SidebarLink page="settings" />
          </li>
        </ul>
      </nav>
    </aside>
  )
}
