import { useTranslation } from 'react-i18next'
import type { NoteScope, NoteSort } from '../../../../../shared/contract/notes'
import { describeError } from '../../../app/call-error'
import { noteSorts } from '../notes-values'
import { NoteList, type ListEntry } from './note-list'
import { useComposedInput } from './use-composed-input'

export interface ListPaneProps {
  scope: NoteScope
  scopeName: string | null
  query: string
  searching: boolean
  searchError: unknown
  sort: NoteSort
  entries: readonly ListEntry[]
  total: number
  openId: number | null
  selected: ReadonlySet<number>
  shortcuts: { newNote: string; search: string }
  searchInput: React.RefObject<HTMLInputElement | null>
  onQuery: (query: string) => void
  onSort: (sort: NoteSort) => void
  onNew: () => void
  onImport: () => void
  onEmptyTrash: () => void
  onExportSelected: () => void
  onOpen: (id: number) => void
  onSelect: (id: number, mode: 'toggle' | 'range') => void
}

/** The middle pane: the search box on top, the list's actions, the notes (or results). */
export function ListPane({ searchInput, ...p }: ListPaneProps) {
  const { t } = useTranslation()
  // Pinyin on its way to 备份 is not searched for: the query changes when the text is committed.
  const search = useComposedInput(p.query, p.onQuery)
  const inTrash = p.scope.kind === 'trash'
  const searching = p.query.trim() !== ''
  const empty = p.entries.length === 0 && !p.searching
  const emptyText = searching
    ? t('notes.list.noResults', { query: p.query.trim() })
    : inTrash
      ? t('notes.list.emptyTrash')
      : p.scope.kind === 'all'
        ? t('notes.list.emptyAll', { shortcut: p.shortcuts.newNote })
        : p.scope.kind === 'tag'
          ? t('notes.list.emptyTag')
          : t('notes.list.emptyScope')
  return (
    <section className="notes-list-pane" aria-label={t('notes.list.label')}>
      <div className="notes-search" role="search">
        <input
          ref={searchInput}
          type="search"
          className="notes-search__input"
          data-testid="notes-search"
          value={search.value}
          placeholder={t('notes.list.searchPlaceholder')}
          aria-label={t('notes.list.search')}
          aria-keyshortcuts={p.shortcuts.search}
          title={`${t('notes.list.search')} (${p.shortcuts.search})`}
          onChange={search.onChange}
          onCompositionStart={search.onCompositionStart}
          onCompositionEnd={search.onCompositionEnd}
          onKeyDown={(event) =>
            event.key === 'Escape' && !event.nativeEvent.isComposing && !search.composing() && p.onQuery('')
          }
        />
      </div>
      <div className="notes-list-toolbar">
        {inTrash ? (
          <button
            type="button"
            className="button button--small button--danger"
            data-testid="empty-trash"
            disabled={p.total === 0}
            onClick={p.onEmptyTrash}
          >
            {t('notes.list.emptyTrashButton')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--primary button--small"
              data-testid="new-note"
              aria-keyshortcuts={p.shortcuts.newNote}
              title={`${t('notes.list.newNote')} (${p.shortcuts.newNote})`}
              onClick={p.onNew}
            >
              {t('notes.list.newNote')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-testid="import-notes"
              onClick={p.onImport}
            >
              {t('notes.list.import')}
            </button>
          </>
        )}
        <span className="notes-list-toolbar__spacer" />
        {!searching && !inTrash && (
          <select
            className="select select--small"
            data-testid="notes-sort"
            aria-label={t('notes.list.sort')}
            value={p.sort}
            onChange={(event) => p.onSort(event.target.value as NoteSort)}
          >
            {noteSorts.map((sort) => (
              <option key={sort} value={sort}>
                {t(`notes.list.sorts.${sort}`)}
              </option>
            ))}
          </select>
        )}
      </div>
      {(searching || p.selected.size > 1) && (
        <div className="notes-list-status" data-testid="notes-list-status" aria-live="polite">
          {searching && !p.searching && !p.searchError && p.entries.length > 0 && (
            <span>{t('notes.list.results', { count: p.entries.length })}</span>
          )}
          {searching && p.scopeName && <span className="notes-filter-chip">{p.scopeName}</span>}
          {p.searchError !== null && (
            <span className="notes-list-status__error">{describeError(t, p.searchError)}</span>
          )}
          {p.selected.size > 1 && (
            <>
              <span>{t('notes.list.selected', { count: p.selected.size })}</span>
              <button
                type="button"
                className="button button--small"
                data-testid="export-selected"
                onClick={p.onExportSelected}
              >
                {t('notes.editor.export')}
              </button>
            </>
          )}
        </div>
      )}
      <div className="notes-list-scroll">
        <NoteList
          entries={p.entries}
          openId={p.openId}
          selected={p.selected}
          onOpen={p.onOpen}
          onSelect={p.onSelect}
        />
        {empty && (
          <p className="notes-list-empty" data-testid="notes-list-empty">
            {emptyText}
          </p>
        )}
        {!searching && p.total > p.entries.length && (
          <p className="notes-list-more">
            {t('notes.list.showing', { shown: p.entries.length, total: p.total })}
          </p>
        )}
        {!searching && !inTrash && p.entries.length > 1 && p.selected.size <= 1 && (
          <p className="notes-list-hint">{t('notes.list.selectHint')}</p>
        )}
      </div>
    </section>
  )
}
