import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Note, NotesOverview, NoteSummary } from '../../../../../shared/contract/notes'
import { paperdesk } from '../../../app/api'
import { describeError } from '../../../app/call-error'
import { useAppState } from '../../../app/state/app-state'
import { useToasts } from '../../../app/toasts/toast-context'
import { savesSettled, takeUnsaved } from '../autosave/pending-saves'
import { useAutosave } from '../autosave/use-autosave'
import { HistoryDialog } from '../history/history-dialog'
import { loadedRichEditor, loadRichEditor } from './load-rich-editor'
import { NoteToolbar } from './note-toolbar'
import type { EditorHandle } from './rich-editor'
import { SaveIndicator } from './save-indicator'
import type { TextCount } from './text-count'
import type { UploadTarget } from './upload-adapter'

export interface NotePaneProps {
  noteId: number | null
  overview: NotesOverview
  newNoteHint: string
  /** A note just created: its title field takes the focus once it is shown. */
  focusTitleOf: number | null
  /** A note's title, text, tags, notebook or pin changed: lists and counts refresh. */
  onChanged: (id: number) => void
  /** The note went to the trash, came back, or was deleted for good. */
  onMoved: () => void
  onExport: () => void
  /** The page's way to save pending edits before it acts (export, switching notes). */
  registerFlush: (flush: () => Promise<void>) => void
}

/** The right pane: title, notebook, tags, pin, save state, the editor and its character count. */
export function NotePane(props: NotePaneProps) {
  const { noteId, overview, onChanged, registerFlush } = props
  const { t } = useTranslation()
  const { locale } = useAppState()
  const { showError, showStatus, showAlert } = useToasts()
  const [note, setNote] = useState<Note | null>(null)
  const [title, setTitle] = useState('')
  const [docKey, setDocKey] = useState('none')
  const [count, setCount] = useState<TextCount | null>(null)
  const [historyOpen, setHistoryOpen] = useState(false)
  // CKEditor is its own chunk: the page, its lists and search work before it has loaded. Not
  // React.lazy: React holds a suspended subtree back for up to 300 ms after it could show.
  const [Editor, setEditor] = useState(() => loadedRichEditor())
  const [editorFailed, setEditorFailed] = useState<unknown>(null)
  useEffect(() => {
    if (Editor) return
    let live = true
    loadRichEditor().then(
      (component) => live && setEditor(() => component),
      (error: unknown) => live && setEditorFailed(error),
    )
    return () => {
      live = false
    }
  }, [Editor])
  const noteRef = useRef<Note | null>(null)
  const titleRef = useRef('')
  const editor = useRef<EditorHandle | null>(null)
  const titleInput = useRef<HTMLInputElement>(null)

  const read = useCallback(() => {
    const current = noteRef.current
    // Without a live editor there is no text to read: never save a stale copy in its place.
    if (!current || current.trashedAt !== null || !editor.current) return null
    return { title: titleRef.current, html: editor.current.getData() }
  }, [])
  const autosave = useAutosave(
    read,
    (id, result) => result.saved && onChanged(id),
    (draft, error) =>
      showAlert(
        (tt) =>
          tt('notes.editor.saveFailedAway', {
            title: draft.title || tt('notes.list.untitled'),
            reason: describeError(tt, error),
          }),
        'notes.saveFailedAway',
      ),
  )
  const { flush, leave, reset } = autosave
  // Braces: an effect that returned registerFlush's value (the flush itself) made React call
  // flush as the cleanup on every re-render of the page, saving whatever the editor showed then.
  useEffect(() => {
    registerFlush(flush)
  }, [registerFlush, flush])

  const show = useCallback(
    (stored: Note | null) => {
      // Text whose save failed after the user left this note comes back, marked unsaved.
      const pending = stored && stored.trashedAt === null ? takeUnsaved(stored.id) : null
      const loaded = stored && pending ? { ...stored, ...pending } : stored
      noteRef.current = loaded
      setNote(loaded)
      titleRef.current = loaded?.title ?? ''
      setTitle(loaded?.title ?? '')
      setDocKey(loaded ? `${loaded.id}:${loaded.updatedAt}:${Date.now()}` : 'none')
      reset(stored?.id ?? null, stored ? { title: stored.title, html: stored.html } : null, pending)
    },
    [reset],
  )

  useEffect(() => {
    let stale = false
    // Saves the note being left with what the editor still shows, before the next one loads,
    // and keeps it in its history as the user left it.
    void leave()
    if (noteId === null) return
    // Reads the note once every save on its way is stored (it may be this very note, left a
    // moment ago): a note loaded before its save lands would show old text as saved.
    savesSettled()
      .then(() => paperdesk().notes.get({ id: noteId }))
      .then((loaded) => !stale && show(loaded), showError)
    return () => {
      stale = true
    }
  }, [noteId, leave, show, showError])

  const update = (summary: NoteSummary) => {
    if (noteRef.current?.id !== summary.id) return
    const next = { ...noteRef.current, ...summary, title: noteRef.current.title }
    noteRef.current = next
    setNote(next)
    onChanged(summary.id)
  }

  const shownId = note?.id ?? null
  const focusTitleOf = props.focusTitleOf
  useEffect(() => {
    if (shownId !== null && shownId === focusTitleOf && shownId === noteId) titleInput.current?.focus()
  }, [shownId, focusTitleOf, noteId])

  const upload = useMemo<UploadTarget>(
    () => ({ noteId: () => noteRef.current?.id ?? null, onError: (e) => showError(e) }),
    [showError],
  )

  // While the next note loads, the current one stays (the editor is kept, not rebuilt).
  if (!note || noteId === null) {
    return (
      <section className="note-pane note-pane--empty" data-testid="note-pane-empty">
        <p className="note-pane__hint">
          {noteId === null ? t('notes.editor.noneSelected', { shortcut: props.newNoteHint }) : ''}
        </p>
      </section>
    )
  }
  const trashed = note.trashedAt !== null
  return (
    <section
      className="note-pane"
      data-testid="note-pane"
      data-note-id={note.id}
      aria-label={t('notes.editor.bodyLabel')}
    >
      <NoteToolbar
        note={note}
        overview={overview}
        onUpdate={update}
        onHistory={() => void flush().then(() => setHistoryOpen(true))}
        onExport={props.onExport}
        onMoved={props.onMoved}
        flush={flush}
      />
      {trashed && (
        <p className="note-pane__banner" data-testid="note-in-trash">
          {t('notes.editor.inTrash')}
        </p>
      )}
      <input
        ref={titleInput}
        className="note-pane__title"
        data-testid="note-title"
        value={title}
        readOnly={trashed}
        placeholder={t('notes.editor.titlePlaceholder')}
        aria-label={t('notes.editor.titleLabel')}
        maxLength={500}
        onChange={(event) => {
          titleRef.current = event.target.value
          setTitle(event.target.value)
          autosave.changed()
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            editor.current?.focus()
          }
        }}
      />
      {editorFailed !== null ? (
        <p className="note-pane__loading" role="alert">
          {t('notes.editor.loadFailed', { reason: describeError(t, editorFailed) })}
        </p>
      ) : !Editor ? (
        <p className="note-pane__loading">{t('notes.editor.loading')}</p>
      ) : (
        <Editor
          docKey={docKey}
          html={note.html}
          readOnly={trashed}
          locale={locale}
          placeholder={t('notes.editor.bodyLabel')}
          label={t('notes.editor.bodyLabel')}
          upload={upload}
          onReady={(handle) => (editor.current = handle)}
          onChange={autosave.changed}
          onClosing={() => void leave()}
          onLoaded={(key, html) => key === docKey && note && autosave.loaded(note.id, html)}
          onCount={setCount}
          onNotice={(message) => message !== 'refused' && showStatus(() => message)}
        />
      )}
      <footer className="note-pane__status">
        <SaveIndicator state={autosave.state} error={autosave.error} />
        {count && (
          <span className="note-pane__count" data-testid="note-count" title={t('notes.editor.countHint')}>
            {t('notes.editor.count', { characters: count.characters, words: count.words })}
          </span>
        )}
      </footer>
      {historyOpen && (
        <HistoryDialog
          noteId={note.id}
          title={title}
          onClose={() => setHistoryOpen(false)}
          onRestored={(restored) => {
            show(restored)
            onChanged(restored.id)
          }}
        />
      )}
    </section>
  )
}
