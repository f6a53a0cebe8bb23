import { useCallback, useEffect, useState } from 'react'
import type { CertifyRequest } from '../../../../../shared/contract/certify'
import type { OutputOptions, SignDocument, Signature } from '../../../../../shared/contract/sign'
import { pagesOf, type PageChoice } from '../../../../../shared/format/page-choice'
import { paperdesk } from '../../../app/api'
import { useToasts } from '../../../app/toasts/toast-context'
import { clampInside, fitsPage, newPlacement, toPlacement, type PlacedSignature } from './placement-model'
import { resetStampMeasures } from './stamp-measure'
import { crossSealRequest, crossSealStrips, type CrossSealDraft } from '../marks/cross-seal-model'

interface Kept {
  doc: SignDocument | null
  placements: PlacedSignature[]
  page: number
  crossSeal: CrossSealDraft | null
}

// The work in progress outlives the page: a visit to Settings and back finds it as it was.
let kept: Kept = { doc: null, placements: [], page: 0, crossSeal: null }

/** The document being signed, the signatures placed on it, and opening/exporting it. */
export function useSignDocument(onExported: () => void) {
  const { showError, showStatus } = useToasts()
  const [doc, setDoc] = useState<SignDocument | null>(kept.doc)
  const [placements, setPlacements] = useState<PlacedSignature[]>(kept.placements)
  const [selected, setSelected] = useState<string | null>(null)
  const [page, setPage] = useState(kept.page)
  const [exporting, setExporting] = useState(false)
  const [crossSeal, setCrossSeal] = useState<CrossSealDraft | null>(kept.crossSeal)

  useEffect(() => {
    kept = { doc, placements, page, crossSeal }
  }, [doc, placements, page, crossSeal])

  const open = useCallback(
    async (path?: string) => {
      try {
        const opened = await paperdesk().sign.openDocument(path ? { path } : {})
        if (!opened) return
        if (doc)
          void paperdesk()
            .sign.closeDocument({ token: doc.token })
            .catch(() => undefined)
        setDoc(opened)
        setPlacements([])
        setSelected(null)
        setPage(0)
        setCrossSeal(null)
      } catch (e) {
        showError(e)
      }
    },
    [doc, showError],
  )

  // A font that finishes loading can change a stamp's width: measure again and keep it on the page.
  useEffect(() => {
    const fonts = (globalThis as { document?: { fonts?: FontFaceSet } }).document?.fonts
    if (!fonts || !doc) return
    const refit = () => {
      resetStampMeasures()
      setPlacements((list) => list.map((p) => clampInside(p, doc.pages[p.page] ?? { width: 1, height: 1 })))
    }
    fonts.addEventListener('loadingdone', refit)
    return () => fonts.removeEventListener('loadingdone', refit)
  }, [doc])

  const pageSize = (index: number) => doc?.pages[index] ?? { width: 1, height: 1 }

  /** 1-based pages where a placement does not lie on the page as it would be drawn. */
  const pagesOutside = [
    ...new Set(placements.filter((p) => !fitsPage(p, pageSize(p.page))).map((p) => p.page + 1)),
  ]

  const add = (signature: Signature) => {
    if (!doc) return
    const placed = newPlacement(signature, doc, page)
    setPlacements((list) => [...list, placed])
    setSelected(placed.key)
  }

  const update = useCallback(
    (key: string, patch: Partial<PlacedSignature>) => {
      setPlacements((list) =>
        list.map((p) =>
          p.key === key ? clampInside({ ...p, ...patch }, doc?.pages[p.page] ?? { width: 1, height: 1 }) : p,
        ),
      )
    },
    [doc],
  )

  const remove = (key: string) => {
    setPlacements((list) => list.filter((p) => p.key !== key))
    setSelected(null)
  }

  /**
   * One placement on many pages in one step: the same signature at the same relative place on
   * the chosen pages (every page, the last, or `1-4,9`); pages that already have it keep theirs.
   */
  const placeOnPages = (key: string, choice: PageChoice) => {
    const source = placements.find((p) => p.key === key)
    if (!source || !doc) return
    const chosen = new Set(pagesOf(choice, doc.pages.length).pages.map((p) => p - 1))
    const copies = doc.pages
      .map((size, index) => ({ size, index }))
      .filter(
        ({ index }) =>
          chosen.has(index) &&
          index !== source.page &&
          !placements.some((p) => p.page === index && p.signatureId === source.signatureId),
      )
      .map(({ size, index }) => clampInside({ ...source, key: `${source.key}-${index}`, page: index }, size))
    setPlacements((list) => [...list, ...copies])
  }

  // Where the cross-page seal's strips fall, or why it cannot be placed (the same rule as export).
  const cross = crossSealStrips(crossSeal, doc?.pages ?? [])

  /** Saves the signed copy; with `certify`, also signs it digitally (the output is then a PDF). */
  const exportSigned = async (output: OutputOptions, certify?: CertifyRequest) => {
    if (!doc || (placements.length === 0 && !crossSeal) || pagesOutside.length > 0 || cross.error) return
    setExporting(true)
    try {
      const result = await paperdesk().sign.exportDocument({
        token: doc.token,
        placements: placements.map(toPlacement),
        output,
        ...(certify ? { certify } : {}),
        ...(crossSeal ? { crossSeal: crossSealRequest(crossSeal) } : {}),
      })
      if (result) {
        showStatus((t) => t('sign.output.done', { name: result.record.outputName }))
        onExported()
      }
    } catch (e) {
      showError(e)
    } finally {
      setExporting(false)
    }
  }

  return {
    doc,
    placements,
    selected: placements.find((p) => p.key === selected) ?? null,
    select: setSelected,
    page,
    setPage,
    pageSize,
    open,
    add,
    update,
    remove,
    placeOnPages,
    pagesOutside,
    crossSeal,
    setCrossSeal,
    crossStrips: cross.strips,
    crossSealError: cross.error,
    exporting,
    exportSigned,
  }
}

export type SignDocumentState = ReturnType<typeof useSignDocument>
