import { useTranslation } from 'react-i18next'
import type { Notebook } from '../../../../../shared/contract/notes'

/** Notebooks in tree order, indented by depth, for a <select>. */
export function notebookOptions(
  notebooks: readonly Notebook[],
): Array<{ id: number; label: string; depth: number }> {
  const children = new Map<number | null, Notebook[]>()
  for (const nb of notebooks) children.set(nb.parentId, [...(children.get(nb.parentId) ?? []), nb])
  const out: Array<{ id: number; label: string; depth: number }> = []
  const walk = (parent: number | null, depth: number) => {
    for (const nb of children.get(parent) ?? []) {
      out.push({ id: nb.id, label: nb.name, depth })
      walk(nb.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

export function NotebookSelect({
  value,
  notebooks,
  disabled,
  onChange,
}: {
  value: number | null
  notebooks: readonly Notebook[]
  disabled: boolean
  onChange: (id: number | null) => void
}) {
  const { t } = useTranslation()
  return (
    <select
      className="select select--small"
      data-testid="note-notebook"
      aria-label={t('notes.editor.notebook')}
      value={value ?? ''}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    >
      <option value="">{t('notes.editor.noNotebook')}</option>
      {notebookOptions(notebooks).map((o) => (
        <option key={o.id} value={o.id}>
          {`${'\u2003'.repeat(o.depth)}${o.label}`}
        </option>
      ))}
    </select>
  )
}
