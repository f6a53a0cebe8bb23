import { NOTEBOOK_SUBTREE } from '../note-rows'
import { likePattern } from './search-terms'

export interface FilterOptions {
  notebookId: number | null
  tagId: number | null
  /** Terms under three characters: matched with LIKE (the trigram index cannot look them up). */
  short: readonly string[]
}

/** SQL that keeps the notes a search may return (alias `n`): not trashed, in the scope, with the short terms. */
export interface NoteFilter {
  /** CTEs (without `WITH`), e.g. the notebook subtree. */
  ctes: string[]
  cteParams: unknown[]
  where: string
  whereParams: unknown[]
}

export function noteFilter(o: FilterOptions): NoteFilter {
  const ctes: string[] = []
  const cteParams: unknown[] = []
  const where = ['n.trashed_at IS NULL']
  const whereParams: unknown[] = []
  if (o.notebookId !== null) {
    ctes.push(NOTEBOOK_SUBTREE.replace(/^WITH RECURSIVE /, ''))
    cteParams.push(o.notebookId)
    where.push('n.notebook_id IN (SELECT id FROM subtree)')
  }
  if (o.tagId !== null) {
    where.push('n.id IN (SELECT note_id FROM note_tag WHERE tag_id = ?)')
    whereParams.push(o.tagId)
  }
  for (const term of o.short) {
    where.push(
      `(n.title LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM note_chunk c WHERE c.note_id = n.id AND c.body LIKE ? ESCAPE '\\'))`,
    )
    whereParams.push(likePattern(term), likePattern(term))
  }
  return { ctes, cteParams, where: where.join(' AND '), whereParams }
}

export function withClause(ctes: readonly string[]): string {
  return ctes.length > 0 ? `WITH RECURSIVE ${ctes.join(',\n')}` : ''
}
