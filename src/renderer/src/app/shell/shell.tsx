import { useEffect } from 'react'
import { Outlet } from 'react-router'
import { prefetchRichEditorWhenIdle } from '../../features/notes/editor/load-rich-editor'
import { useShortcuts } from '../shortcuts/use-shortcuts'
import { useAutoBackupStatus } from '../state/use-auto-backup-status'
import { useStartupNotices } from '../state/use-startup-notices'
import { Sidebar } from './sidebar'

/** Sidebar + the current page. Rendered only once info and settings are loaded. */
export function Shell() {
  useShortcuts()
  useStartupNotices()
  useAutoBackupStatus({ alert: true })

  // Effects run after the first commit, so the first page is on screen when tests see this.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true'
  }, [])
  // Notes is where most users go first; its editor loads in idle time, not when a note opens.
  useEffect(() => prefetchRichEditorWhenIdle(), [])

  return (
    <div className="shell">
      <Sidebar />
      <main className="shell__main">
        <Outlet />
      </main>
    </div>
  )
}
