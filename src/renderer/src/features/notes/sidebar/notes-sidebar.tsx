import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Notebook, NotesOverview, NoteScope } from '../../../../../shared/contract/notes'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { NotebookForm } from './notebook-form'

type Editing = { kind: 'new'; parentId: number | null } | { kind: 'rename'; notebook: Notebook } | null

const sameScope = (a: NoteScope, b: NoteScope) =>
  a.kind === b.kind && ('id' in a ? a.id : null) === ('id' in b ? b.id : null)

function ScopeButton({
  scope,
  current,
  label,
  count,
  testId,
  depth = 0,
  onPick,
}: {
  scope: NoteScope
  current: NoteScope
  label: ReactNode
  count: number
  testId: string
  depth?: number
  onPick: (scope: NoteScope) => void
}) {
  const active = sameScope(scope, current)
  return (
    <button
      type="button"
      className={`notes-scope${active ? ' is-active' : ''}`}
      style={{ paddingInlineStart: `${10 + depth * 14}px` }}
      data-testid={testId}
      aria-current={active ? 'true' : undefined}
      onClick={() => onPick(scope)}
    >
      <span className="notes-scope__label">{label}</span>
      <span className="notes-scope__count">{count}</span>
    </button>
  )
}

/** The left pane: all notes, notebooks (nestable, with their actions), tags, the trash. */
export function NotesSidebar({
  overview,
  scope,
  onPick,
  onChanged,
}: {
  overview: NotesOverview
  scope: NoteScope
  onPick: (scope: NoteScope) => void
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const { showError } = useToasts()
  const [editing, setEditing] = useState<Editing>(null)
  const api = paperdesk().notes
  const children = new Map<number | null, Notebook[]>()
  for (const nb of overview.notebooks) children.set(nb.parentId, [...(children.get(nb.parentId) ?? []), nb])
  const selected = scope.kind === 'notebook' ? overview.notebooks.find((nb) => nb.id === scope.id) : undefined

  const submit = async (name: string) => {
    try {
      if (editing?.kind === 'new') {
        const made = await api.createNotebook({ name, parentId: editing.parentId })
        onPick({ kind: 'notebook', id: made.id })
      } else if (editing?.kind === 'rename') {
        await api.renameNotebook({ id: editing.notebook.id, name })
      }
      setEditing(null)
      onChanged()
    } catch (e) {
      showError(e)
    }
  }

  const remove = async (notebook: Notebook) => {
    if (!window.confirm(t('notes.nav.deleteConfirm', { name: notebook.name }))) return
    try {
      await api.deleteNotebook({ id: notebook.id })
      onPick({ kind: 'all' })
      onChanged()
    } catch (e) {
      showError(e)
    }
  }

  const tree = (parent: number | null, depth: number): ReactNode =>
    (children.get(parent) ?? []).map((nb) => (
      <li key={nb.id}>
        <ScopeButton
          scope={{ kind: 'notebook', id: nb.id }}
          current={scope}
          label={nb.name}
          count={nb.noteCount}
          testId="notebook-item"
          depth={depth}
          onPick={onPick}
        />
        {editing?.kind === 'new' && editing.parentId === nb.id && (
          <NotebookForm
            initial=""
            label={t('notes.nav.newInside', { name: nb.name })}
            onSubmit={(n) => void submit(n)}
            onCancel={() => setEditing(null)}
          />
        )}
        {children.has(nb.id) && <ul className="notes-sidebar__list">{tree(nb.id, depth + 1)}</ul>}
      </li>
    ))

  return (
    <nav className="notes-sidebar" aria-label={t('notes.nav.label')} data-testid="notes-sidebar">
      <ul className="notes-sidebar__list">
        <li>
          <ScopeButton
            scope={{ kind: 'all' }}
            current={scope}
            label={t('notes.nav.all')}
            count={overview.counts.all}
            testId="scope-all"
            onPick={onPick}
          />
        </li>
        <li>
          <ScopeButton
            scope={{ kind: 'unfiled' }}
            current={scope}
            label={t('notes.nav.unfiled')}
            count={overview.counts.unfiled}
            testId="scope-unfiled"
            onPick={onPick}
          />
        </li>
      </ul>
      <section className="notes-sidebar__section">
        <header className="notes-sidebar__heading">
          <h2>{t('notes.nav.notebooks')}</h2>
          <button
            type="button"
            className="icon-button"
            data-testid="notebook-new"
            title={t('notes.nav.newNotebook')}
            aria-label={t('notes.nav.newNotebook')}
            onClick={() => setEditing({ kind: 'new', parentId: null })}
          >
            +
          </button>
        </header>
        {editing?.kind === 'new' && editing.parentId === null && (
          <NotebookForm
            initial=""
            label={t('notes.nav.newNotebook')}
            onSubmit={(n) => void submit(n)}
            onCancel={() => setEditing(null)}
          />
        )}
        {overview.notebooks.length === 0 && editing === null && (
          <p className="notes-sidebar__empty">{t('notes.nav.noNotebooks')}</p>
        )}
        <ul className="notes-sidebar__list">{tree(null, 0)}</ul>
        {selected && editing?.kind !== 'rename' && (
          <div className="notes-sidebar__actions" data-testid="notebook-actions">
            <button
              type="button"
              className="button button--quiet button--small"
              data-testid="notebook-new-inside"
              onClick={() => setEditing({ kind: 'new', parentId: selected.id })}
            >
              {t('notes.nav.newNotebook')}
            </button>
            <button
              type="button"
              className="button button--quiet button--small"
              data-testid="notebook-rename"
              onClick={() => setEditing({ kind: 'rename', notebook: selected })}
            >
              {t('notes.nav.rename')}
            </button>
            <button
              type="button"
              className="button button--quiet button--small button--danger"
              data-testid="notebook-delete"
              onClick={() => void remove(selected)}
            >
              {t('notes.nav.deleteNotebook')}
            </button>
          </div>
        )}
        {editing?.kind === 'rename' && (
          <NotebookForm
            initial={editing.notebook.name}
            label={t('notes.nav.renameNotebook')}
            submitLabel={t('notes.nav.rename')}
            onSubmit={(n) => void submit(n)}
            onCancel={() => setEditing(null)}
          />
        )}
      </section>
      <section className="notes-sidebar__section">
        <header className="notes-sidebar__heading">
          <h2>{t('notes.nav.tags')}</h2>
        </header>
        {overview.tags.length === 0 && <p className="notes-sidebar__empty">{t('notes.nav.noTags')}</p>}
        <ul className="notes-sidebar__list">
          {overview.tags.map((tag) => (
            <li key={tag.id}>
              <ScopeButton
                scope={{ kind: 'tag', id: tag.id }}
                current={scope}
                label={`#${tag.name}`}
                count={tag.noteCount}
                testId="tag-item"
                onPick={onPick}
              />
            </li>
          ))}
        </ul>
      </section>
      <ul className="notes-sidebar__list notes-sidebar__list--end">
        <li>
          <ScopeButton
            scope={{ kind: 'trash' }}
            current={scope}
            label={t('notes.nav.trash')}
            count={overview.counts.trash}
            testId="scope-trash"
            onPick={onPick}
          />
        </li>
      </ul>
    </nav>
  )
}
