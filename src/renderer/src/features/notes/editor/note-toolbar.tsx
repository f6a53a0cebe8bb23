import { useTranslation } from 'react-i18next'
import type { Note, NotesOverview, NoteSummary } from '../../../../../shared/contract/notes'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { NotebookSelect } from './notebook-select'
import { TagInput } from './tag-input'

/** The note's own actions: notebook, tags, pin, history, export, trash (or restore/delete in the trash). */
export function NoteToolbar({
  note,
  overview,
  onUpdate,
  onHistory,
  onExport,
  onMoved,
  flush,
}: {
  note: Note
  overview: NotesOverview
  onUpdate: (summary: NoteSummary) => void
  onHistory: () => void
  onExport: () => void
  onMoved: () => void
  flush: () => Promise<void>
}) {
  const { t } = useTranslation()
  const { showError, showStatus } = useToasts()
  const api = paperdesk().notes
  const trashed = note.trashedAt !== null
  const title = note.title.trim() || t('notes.list.untitled')
  const run = (work: () => Promise<unknown>) => void work().catch(showError)

  return (
    <div className="note-toolbar" role="toolbar" aria-label={t('notes.editor.titleLabel')}>
      <NotebookSelect
        value={note.notebookId}
        notebooks={overview.notebooks}
        disabled={trashed}
        onChange={(notebookId) => run(async () => onUpdate(await api.move({ id: note.id, notebookId })))}
      />
      <TagInput
        tags={note.tags}
        suggestions={overview.tags.map((tag) => tag.name)}
        disabled={trashed}
        onChange={(tags) => run(async () => onUpdate(await api.setTags({ id: note.id, tags })))}
      />
      <span className="note-toolbar__spacer" />
      {!trashed && (
        <>
          <button
            type="button"
            className={`button button--quiet${note.pinned ? ' is-on' : ''}`}
            data-testid="note-pin"
            aria-pressed={note.pinned}
            onClick={() =>
              run(async () => onUpdate(await api.setPinned({ id: note.id, pinned: !note.pinned })))
            }
          >
            {note.pinned ? t('notes.editor.unpin') : t('notes.editor.pin')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            data-testid="note-history"
            onClick={onHistory}
          >
            {t('notes.editor.history')}
          </button>
          <button type="button" className="button button--quiet" data-testid="note-export" onClick={onExport}>
            {t('notes.editor.export')}
          </button>
          <button
            type="button"
            className="button button--quiet button--danger"
            data-testid="note-trash"
            onClick={() =>
              run(async () => {
                await flush()
                await api.trash({ ids: [note.id] })
                showStatus((tt) => tt('notes.editor.trashed', { title }))
                onMoved()
              })
            }
          >
            {t('notes.editor.trash')}
          </button>
        </>
      )}
      {trashed && (
        <>
          <button
            type="button"
            className="button"
            data-testid="note-restore"
            onClick={() =>
              run(async () => {
                await api.restore({ ids: [note.id] })
                showStatus((tt) => tt('notes.editor.restored', { title }))
                onMoved()
              })
            }
          >
            {t('notes.editor.restore')}
          </button>
          <button
            type="button"
            className="button button--danger"
            data-testid="note-delete-forever"
            onClick={() => {
              if (!window.confirm(t('notes.editor.deleteForeverConfirm', { title }))) return
              run(async () => {
                await api.deleteForever({ ids: [note.id] })
                onMoved()
              })
            }}
          >
            {t('notes.editor.deleteForever')}
          </button>
        </>
      )}
    </div>
  )
}
