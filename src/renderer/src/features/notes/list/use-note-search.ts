import { useEffect, useState } from 'react'
import type { SearchResult } from '../../../../../shared/contract/notes'
import { paperdesk } from '../../../app/api'

const DEBOUNCE_MS = 120

interface Answer {
  key: string
  result: SearchResult | null
  error: unknown
}

/**
 * Searches as the user types without getting in the way: a short debounce, the input itself never
 * waits, and only the answer to the latest query is shown (an older one arriving late is ignored).
 */
export function useNoteSearch(
  query: string,
  filter: { notebookId: number | null; tagId: number | null },
  refreshKey: number,
): { result: SearchResult | null; pending: boolean; error: unknown } {
  const [answer, setAnswer] = useState<Answer | null>(null)
  const { notebookId, tagId } = filter
  const trimmed = query.trim()
  const key = JSON.stringify([trimmed, notebookId, tagId, refreshKey])

  useEffect(() => {
    if (!trimmed) return
    let stale = false
    const timer = window.setTimeout(() => {
      paperdesk()
        .notes.search({ query: trimmed, notebookId, tagId, limit: 100 })
        .then(
          (result) => !stale && setAnswer({ key, result, error: null }),
          (error: unknown) => !stale && setAnswer({ key, result: null, error }),
        )
    }, DEBOUNCE_MS)
    return () => {
      stale = true
      window.clearTimeout(timer)
    }
  }, [key, trimmed, notebookId, tagId])

  if (!trimmed) return { result: null, pending: false, error: null }
  // While a newer query runs, the previous results stay on screen rather than flashing empty.
  return {
    result: answer?.result ?? null,
    pending: answer?.key !== key,
    error: answer?.key === key ? answer.error : null,
  }
}
