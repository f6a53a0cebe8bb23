import { useTranslation } from 'react-i18next'
import type { NoteSummary, SearchHit } from '../../../../../shared/contract/notes'
import { useAppState } from '../../../app/state/app-state'
import { formatListDate } from '../format'

export interface ListEntry {
  id: number
  title: string
  /** Escaped by the core, with only its own <mark> (search), or plain text (the list). */
  titleHtml?: string
  snippet?: string
  snippetHtml?: string
  /** A search hit found in text read from one of the note's pictures. */
  inImage?: boolean
  updatedAt: string
  pinned: boolean
  tags: string[]
}

export const fromSummary = (n: NoteSummary): ListEntry => ({
  id: n.id,
  title: n.title,
  snippet: n.snippet,
  updatedAt: n.updatedAt,
  pinned: n.pinned,
  tags: n.tags,
})

export const fromHit = (h: SearchHit): ListEntry => ({
  id: h.id,
  title: h.title,
  titleHtml: h.titleHtml,
  snippetHtml: h.snippetHtml,
  inImage: h.inImage === true,
  updatedAt: h.updatedAt,
  pinned: false,
  tags: [],
})

/** The middle pane's notes: title, snippet, date, pin; click to open, Ctrl/Shift+click to select several. */
export function NoteList({
  entries,
  openId,
  selected,
  onOpen,
  onSelect,
}: {
  entries: readonly ListEntry[]
  openId: number | null
  selected: ReadonlySet<number>
  onOpen: (id: number) => void
  onSelect: (id: number, mode: 'toggle' | 'range') => void
}) {
  const { t } = useTranslation()
  const { locale } = useAppState()
  const untitled = t('notes.list.untitled')
  return (
    <ul className="note-list" data-testid="note-list" aria-label={t('notes.list.label')}>
      {entries.map((entry) => {
        const isOpen = entry.id === openId
        const isSelected = selected.has(entry.id)
        return (
          <li key={entry.id}>
            <button
              type="button"
              className={`note-item${isOpen ? ' is-open' : ''}${isSelected ? ' is-selected' : ''}`}
              data-testid="note-item"
              data-note-id={entry.id}
              aria-current={isOpen ? 'true' : undefined}
              aria-pressed={selected.size > 1 ? isSelected : undefined}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey) onSelect(entry.id, 'toggle')
                else if (event.shiftKey) onSelect(entry.id, 'range')
                else onOpen(entry.id)
              }}
            >
              <span className="note-item__top">
                {entry.titleHtml !== undefined && entry.title ? (
                  <span
                    className="note-item__title"
                    data-testid="note-item-title"
                    dangerouslySetInnerHTML={{ __html: entry.titleHtml }}
                  />
                ) : (
                  <span
                    className={`note-item__title${entry.title ? '' : ' is-untitled'}`}
                    data-testid="note-item-title"
                  >
                    {entry.title || untitled}
                  </span>
                )}
                {entry.pinned && (
                  <span
                    className="note-item__pin"
                    title={t('notes.list.pinned')}
                    aria-label={t('notes.list.pinned')}
                  >
                    ●
                  </span>
                )}
              </span>
              {entry.snippetHtml !== undefined ? (
                <span className="note-item__snippet" data-testid="note-item-snippet">
                  {entry.inImage && (
                    <span className="note-item__in-image" data-testid="note-item-in-image">
                      [{t('ocr.inImage')}]{' '}
                    </span>
                  )}
                  <span dangerouslySetInnerHTML={{ __html: entry.snippetHtml }} />
                </span>
              ) : (
                <span className="note-item__snippet" data-testid="note-item-snippet">
                  {entry.snippet}
                </span>
              )}
              <span className="note-item__meta">
                <time dateTime={entry.updatedAt}>{formatListDate(entry.updatedAt, locale)}</time>
                {entry.tags.map((tag) => (
                  <span key={tag} className="note-item__tag">
                    #{tag}
                  </span>
                ))}
              </span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
