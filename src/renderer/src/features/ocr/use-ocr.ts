import { useCallback, useEffect, useState } from 'react'
import type { JobStatus } from '../../../../shared/contract/jobs'
import type { OcrDocument, OcrResultView, SearchableCopyResult } from '../../../../shared/contract/ocr'
import { paperdesk } from '../../app/api'
import { toCallError } from '../../app/call-error'
import { useToasts } from '../../app/toasts/toast-context'
import { followJob } from './follow-job'
import { editablePages, editedText, titleFromName, type EditablePage } from './ocr-lines'

interface Kept {
  doc: OcrDocument | null
  pages: string
  result: EditablePage[] | null
  title: string
}

// The work in progress outlives the page: a visit to Notes and back finds the text as it was.
let kept: Kept = { doc: null, pages: '', result: null, title: '' }

/** The scan open in the OCR view, its reading (a job), the edited text and what is made of it. */
export function useOcr() {
  const { showError, showStatus } = useToasts()
  const [doc, setDoc] = useState<OcrDocument | null>(kept.doc)
  const [pages, setPages] = useState(kept.pages)
  const [result, setResult] = useState<EditablePage[] | null>(kept.result)
  const [title, setTitle] = useState(kept.title)
  const [reading, setReading] = useState<JobStatus | null>(null)
  const [copying, setCopying] = useState<JobStatus | null>(null)
  const [askConsent, setAskConsent] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    kept = { doc, pages, result, title }
  }, [doc, pages, result, title])

  const open = useCallback(async () => {
    try {
      const opened = await paperdesk().ocr.open()
      if (!opened) return
      setDoc(opened)
      setPages('')
      setResult(null)
      setTitle(titleFromName(opened.name))
      setAskConsent(false)
    } catch (e) {
      showError(e)
    }
  }, [showError])

  /** A job's end: done gives its result, failed is said once, cancelled keeps nothing. */
  const ended = useCallback(
    (status: JobStatus): boolean => {
      if (status.state === 'done') return true
      if (status.state === 'failed') showError(status.error)
      else showStatus((t) => t('ocr.view.cancelled'))
      return false
    },
    [showError, showStatus],
  )

  const read = useCallback(async () => {
    if (!doc) return
    try {
      setResult(null)
      const { jobId } = await paperdesk().ocr.recognize({ token: doc.token, pages })
      const status = await followJob(jobId, setReading)
      setReading(null)
      if (ended(status)) setResult(editablePages(status.result as OcrResultView))
    } catch (e) {
      setReading(null)
      showError(e)
    }
  }, [doc, pages, ended, showError])

  const editLine = useCallback((pageIndex: number, lineIndex: number, text: string) => {
    setResult((current) =>
      current
        ? current.map((p, i) =>
            i !== pageIndex
              ? p
              : { ...p, lines: p.lines.map((l, j) => (j === lineIndex ? { ...l, text } : l)) },
          )
        : current,
    )
  }, [])

  const text = result ? editedText(result) : ''

  const copyText = useCallback(async () => {
    try {
      await paperdesk().ocr.copyText({ text })
      showStatus((t) => t('ocr.view.copied'))
    } catch (e) {
      showError(e)
    }
  }, [text, showError, showStatus])

  const makeNote = useCallback(async () => {
    if (!doc || !result) return
    setBusy(true)
    try {
      const readPages = result.map((p) => p.page).join(',')
      const noteTitle = title.trim() || titleFromName(doc.name)
      await paperdesk().ocr.makeNote({ token: doc.token, pages: readPages, title: noteTitle, text })
      showStatus((t) => t('ocr.view.noteMade', { title: noteTitle }))
    } catch (e) {
      showError(e)
    } finally {
      setBusy(false)
    }
  }, [doc, result, title, text, showError, showStatus])

  /** The searchable copy; a signed PDF first asks for consent to an unsigned copy. */
  const searchableCopy = useCallback(
    async (unsignedCopy: boolean) => {
      if (!doc) return
      if (doc.signatures > 0 && !unsignedCopy) {
        setAskConsent(true)
        return
      }
      setAskConsent(false)
      try {
        const started = await paperdesk().ocr.searchableCopy({ token: doc.token, pages, unsignedCopy })
        if (!started.jobId) return
        const status = await followJob(started.jobId, setCopying)
        setCopying(null)
        if (!ended(status)) return
        const made = status.result as SearchableCopyResult
        showStatus((t) => t('ocr.view.copyDone', { name: made.name, pages: made.pagesRead }))
      } catch (e) {
        setCopying(null)
        const error = toCallError(e)
        if ((error.details as { reason?: string } | undefined)?.reason === 'ocr.signed-pdf')
          setAskConsent(true)
        else showError(e)
      }
    },
    [doc, pages, ended, showError, showStatus],
  )

  return {
    doc,
    pages,
    setPages,
    result,
    title,
    setTitle,
    text,
    busy,
    reading,
    copying,
    cancel: (status: JobStatus | null) => {
      if (status) void paperdesk().jobs.cancel({ id: status.id })
    },
    askConsent,
    cancelConsent: () => setAskConsent(false),
    open,
    read,
    editLine,
    copyText,
    makeNote,
    searchableCopy,
  }
}
