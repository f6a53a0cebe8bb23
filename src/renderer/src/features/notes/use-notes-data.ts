import { useCallback, useEffect, useRef, useState } from 'react'
import type { NoteList, NoteScope, NoteSort, NotesOverview } from '../../../../shared/contract/notes'
import { paperdesk } from '../../app/api'
import { useToasts } from '../../app/toasts/toast-context'
import { savesSettled } from './autosave/pending-saves'

const EMPTY: NotesOverview = { notebooks: [], tags: [], counts: { all: 0, unfiled: 0, trash: 0 } }
const REFRESH_DELAY_MS = 250

/**
 * The left pane's overview and the middle pane's list for a scope and order, refreshed after
 * changes: at once (`refresh`) or gathered while the user types (`refreshSoon`, after saves).
 */
export function useNotesData(scope: NoteScope, sort: NoteSort) {
  const { showError } = useToasts()
  const [overview, setOverview] = useState<NotesOverview>(EMPTY)
  const [list, setList] = useState<{ scope: NoteScope; sort: NoteSort; value: NoteList } | null>(null)
  const [version, setVersion] = useState(0)
  const timer = useRef<number | undefined>(undefined)

  useEffect(() => {
    let stale = false
    const api = paperdesk().notes
    // After saves on their way: a list read before them would show a note's old title.
    savesSettled()
      .then(() => Promise.all([api.overview(), api.list({ scope, sort })]))
      .then(([o, l]) => {
        if (stale) return
        setOverview(o)
        setList({ scope, sort, value: l })
      }, showError)
    return () => {
      stale = true
    }
  }, [scope, sort, version, showError])

  const refresh = useCallback(() => setVersion((v) => v + 1), [])
  const refreshSoon = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(refresh, REFRESH_DELAY_MS)
  }, [refresh])
  useEffect(() => () => window.clearTimeout(timer.current), [])

  // A list loaded for another scope or order is not shown while the right one loads.
  const current = list && list.scope === scope && list.sort === sort ? list.value : null
  return { overview, list: current, version, refresh, refreshSoon }
}
