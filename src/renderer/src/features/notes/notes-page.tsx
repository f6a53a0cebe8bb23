import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NoteScope, NoteSort } from '../../../../shared/contract/notes'
import { paperdesk } from '../../app/api'
import { PageFrame } from '../../app/page/page-frame'
import { isMacPlatform } from '../../app/shortcuts/shortcuts'
import { useToasts } from '../../app/toasts/toast-context'
import { NotePane } from './editor/note-pane'
import { ExportDialog } from './export/export-dialog'
import { ListPane } from './list/list-pane'
import { fromHit, fromSummary } from './list/note-list'
import { useNoteSearch } from './list/use-note-search'
import { notesShortcut, notesShortcutLabel } from './notes-shortcuts'
import './notes.css'
import { NotesSidebar } from './sidebar/notes-sidebar'
import { useNotesData } from './use-notes-data'

const isMac = isMacPlatform(navigator.userAgent)

/** Notes: notebooks and tags | the list with search | the open note. */
export function NotesPage() {
  const { t } = useTranslation()
  const { showError, showStatus } = useToasts()
  const [scope, setScope] = useState<NoteScope>({ kind: 'all' })
  const [sort, setSort] = useState<NoteSort>('updated')
  const [query, setQuery] = useState('')
  const [openId, setOpenId] = useState<number | null>(null)
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set())
  const [exporting, setExporting] = useState<number[] | null>(null)
  const [created, setCreated] = useState<number | null>(null)
  const searchInput = useRef<HTMLInputElement>(null)
  const flushNote = useRef<() => Promise<void>>(async () => undefined)
  const { overview, list, version, refresh, refreshSoon } = useNotesData(scope, sort)

  const filter = {
    notebookId: scope.kind === 'notebook' ? scope.id : null,
    tagId: scope.kind === 'tag' ? scope.id : null,
  }
  const search = useNoteSearch(scope.kind === 'trash' ? '' : query, filter, version)
  const entries = useMemo(
    () => (search.result ? search.result.hits.map(fromHit) : (list?.notes ?? []).map(fromSummary)),
    [search.result, list],
  )
  const scopeName =
    scope.kind === 'notebook'
      ? t('notes.list.filterNotebook', {
          name: overview.notebooks.find((nb) => nb.id === scope.id)?.name ?? '',
        })
      : scope.kind === 'tag'
        ? t('notes.list.filterTag', { name: overview.tags.find((tag) => tag.id === scope.id)?.name ?? '' })
        : null
  const shortcuts = {
    newNote: notesShortcutLabel('new-note', isMac),
    search: notesShortcutLabel('focus-search', isMac),
  }

  const open = useCallback((id: number | null) => {
    setOpenId(id)
    setSelected(id === null ? new Set() : new Set([id]))
  }, [])

  // Until the user picks one, the list's first note is open, so the editor is never idle for no reason.
  const shownId = openId ?? (!query.trim() ? (list?.notes[0]?.id ?? null) : null)
  const shownSelection = selected.size > 0 ? selected : new Set(shownId === null ? [] : [shownId])

  const newNote = useCallback(async () => {
    try {
      await flushNote.current()
      const notebookId = scope.kind === 'notebook' ? scope.id : null
      const made = await paperdesk().notes.create({ notebookId })
      if (scope.kind === 'tag') {
        const tag = overview.tags.find((x) => x.id === scope.id)
        if (tag) await paperdesk().notes.setTags({ id: made.id, tags: [tag.name] })
      }
      if (scope.kind === 'trash') setScope({ kind: 'all' })
      setQuery('')
      open(made.id)
      refresh()
      setCreated(made.id)
    } catch (e) {
      showError(e)
    }
  }, [scope, overview.tags, open, refresh, showError])

  const importNotes = async () => {
    try {
      const result = await paperdesk().notes.import({
        notebookId: scope.kind === 'notebook' ? scope.id : null,
      })
      if (!result) return
      showStatus((tt) =>
        tt('notes.list.imported', { titles: result.imported.map((n) => n.title).join('、') }),
      )
      refresh()
      if (result.imported[0]) open(result.imported[0].id)
    } catch (e) {
      showError(e)
    }
  }

  const emptyTrash = async () => {
    const count = overview.counts.trash
    if (!window.confirm(t('notes.list.emptyTrashConfirm', { count }))) return
    try {
      const result = await paperdesk().notes.emptyTrash()
      showStatus((tt) => tt('notes.list.emptied', { count: result.count }))
      open(null)
      refresh()
    } catch (e) {
      showError(e)
    }
  }

  const startExport = useCallback(
    (ids?: number[]) => {
      const chosen = ids ?? (selected.size > 1 ? [...selected] : shownId !== null ? [shownId] : [])
      if (chosen.length === 0) return
      void flushNote.current().then(() => setExporting(chosen))
    },
    [selected, shownId],
  )

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return
      const action = notesShortcut(event)
      if (!action) return
      event.preventDefault()
      if (action === 'new-note') void newNote()
      else if (action === 'focus-search') searchInput.current?.focus()
      else startExport()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [newNote, startExport])

  const select = (id: number, mode: 'toggle' | 'range') => {
    setSelected((current) => {
      const next = new Set(current)
      if (mode === 'toggle') {
        if (next.has(id) && next.size > 1) next.delete(id)
        else next.add(id)
        return next
      }
      const ids = entries.map((e) => e.id)
      const from = ids.indexOf(shownId ?? id)
      const to = ids.indexOf(id)
      for (const i of ids.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(i)
      return next
    })
  }

  return (
    <PageFrame page="notes" title={t('notes.title')}>
      <div className="notes-layout" data-testid="notes-layout">
        <NotesSidebar
          overview={overview}
          scope={scope}
          onPick={(next) => {
            setScope(next)
            open(null)
          }}
          onChanged={refresh}
        />
        <ListPane
          scope={scope}
          scopeName={scopeName}
          query={query}
          searching={search.pending}
          searchError={search.error}
          sort={sort}
          entries={entries}
          total={search.result ? entries.length : (list?.total ?? 0)}
          openId={shownId}
          selected={shownSelection}
          shortcuts={shortcuts}
          searchInput={searchInput}
          onQuery={setQuery}
          onSort={setSort}
          onNew={() => void newNote()}
          onImport={() => void importNotes()}
          onEmptyTrash={() => void emptyTrash()}
          onExportSelected={() => startExport([...shownSelection])}
          onOpen={(id) => open(id)}
          onSelect={select}
        />
        <NotePane
          noteId={shownId}
          overview={overview}
          newNoteHint={shortcuts.newNote}
          focusTitleOf={created}
          onChanged={refreshSoon}
          onMoved={() => {
            open(null)
            refresh()
          }}
          onExport={() => startExport()}
          registerFlush={(flush) => (flushNote.current = flush)}
        />
      </div>
      {exporting && (
        <ExportDialog ids={exporting} listIds={entries.map((e) => e.id)} onClose={() => setExporting(null)} />
      )}
    </PageFrame>
  )
}
