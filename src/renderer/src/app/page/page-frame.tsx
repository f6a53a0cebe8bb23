import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { PageId } from '../page-id'

let firstPage = true

/** The frame every top-level page shares: test id, heading, window title, focus on navigation. */
export function PageFrame({ page, title, children }: { page: PageId; title: string; children: ReactNode }) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`
  }, [title, t])

  // After a navigation, move focus to the new page's heading so keyboard and screen-reader
  // users land on it; the first page of a session keeps the default focus.
  useEffect(() => {
    if (firstPage) firstPage = false
    else heading.current?.focus({ preventScroll: true })
  }, [])

  return (
    <section
      className={`page page--${page}`}
      data-testid={`page-${page}`}
      aria-labelledby={`page-title-${page}`}
    >
      <header className="page__header">
        <h1 id={`page-title-${page}`} ref={heading} tabIndex={-1} className="page__title">
          {title}
        </h1>
      </header>
      {children}
    </section>
  )
}
