import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { FilingDetail } from '../../../../../shared/contract/filing'
import type { FieldIssue, FilingForm } from '../../../../../shared/contract/filing-form'
import { paperdesk } from '../../../app/api'
import type { FilingHandle } from '../detail/use-filing'

const VALIDATE_MS = 300
const SAVE_MS = 1200

export interface FormIssues {
  /** The issues to show at a field: 'required' only once the field was left (or after "check all"). */
  at(path: string): FieldIssue[]
  touch(path: string): void
}

export type SaveState = 'saved' | 'dirty' | 'saving'

/**
 * The form as the user edits it: validated by the core (`filing.validateForm`) shortly after each
 * change, saved shortly after the typing stops and when the form is left; the core validates again
 * on every save.
 */
export function useFormDraft(detail: FilingDetail, filing: FilingHandle) {
  const [draft, setDraft] = useState<FilingForm>(detail.form)
  const [issues, setIssues] = useState<FieldIssue[]>(detail.issues)
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [showAll, setShowAll] = useState(false)
  const [saveState, setSaveState] = useState<SaveState>('saved')
  const latest = useRef({ draft, dirty: false })
  const validation = useRef(0)

  const update = useCallback((change: (form: FilingForm) => void) => {
    setDraft((form) => {
      const next = structuredClone(form)
      change(next)
      latest.current = { draft: next, dirty: true }
      return next
    })
    setSaveState('dirty')
  }, [])

  useEffect(() => {
    if (!latest.current.dirty) return
    const ticket = ++validation.current
    const timer = window.setTimeout(() => {
      paperdesk()
        .filing.validateForm({ form: draft, provider: detail.provider, filingType: detail.filingType })
        .then(({ issues: found }) => ticket === validation.current && setIssues(found))
        .catch(() => undefined)
    }, VALIDATE_MS)
    return () => window.clearTimeout(timer)
  }, [draft, detail.provider, detail.filingType])

  const save = useCallback(async () => {
    const { draft: form, dirty } = latest.current
    if (!dirty) return
    latest.current = { draft: form, dirty: false }
    setSaveState('saving')
    const ok = await filing.run(() => paperdesk().filing.saveForm({ id: detail.id, form }))
    setSaveState(latest.current.dirty ? 'dirty' : ok ? 'saved' : 'dirty')
    if (!ok) latest.current.dirty = true
  }, [filing, detail.id])

  useEffect(() => {
    if (saveState !== 'dirty') return
    const timer = window.setTimeout(() => void save(), SAVE_MS)
    return () => window.clearTimeout(timer)
  }, [draft, saveState, save])

  // Leaving the form (another tab, another page) keeps what was typed.
  const { run } = filing
  useEffect(
    () => () => {
      const { draft: form, dirty } = latest.current
      if (dirty) void run(() => paperdesk().filing.saveForm({ id: detail.id, form }))
    },
    [detail.id, run],
  )

  const formIssues: FormIssues = useMemo(
    () => ({
      at: (path) =>
        issues.filter((i) => i.path === path && (i.reason !== 'required' || showAll || touched.has(path))),
      touch: (path) => setTouched((set) => (set.has(path) ? set : new Set(set).add(path))),
    }),
    [issues, showAll, touched],
  )

  return { draft, update, issues, formIssues, saveState, save, showAll, setShowAll }
}
