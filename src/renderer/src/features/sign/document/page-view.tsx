import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent } from 'react'
import type { Signature } from '../../../../../shared/contract/sign'
import { useAppState } from '../../../app/state/app-state'
import { CrossSealStrip } from '../marks/cross-seal-strip'
import { PdfPageImage } from './pdf-page-image'
import { PlacementBox } from './placement-box'
import type { SignDocumentState } from './use-sign-document'

const ZOOMS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4]

/**
 * The current page at the chosen zoom (1 = fit the window), with its placements; drag the page to
 * pan. The zoom steps are relative to the fit; the label shows the real scale (`onScale`).
 */
export function PageView({
  state,
  signatures,
  zoom,
  onZoom,
  onScale,
}: {
  state: SignDocumentState
  signatures: readonly Signature[]
  zoom: number
  onZoom: (zoom: number) => void
  /** The page's real scale on screen: 1 is an image pixel per CSS pixel, a PDF at 96 dpi. */
  onScale: (scale: number) => void
}) {
  const { info } = useAppState()
  const scroller = useRef<HTMLDivElement>(null)
  const pageRef = useRef<HTMLDivElement>(null)
  const [fitWidth, setFitWidth] = useState(0)
  const pan = useRef<{ x: number; y: number; left: number; top: number } | null>(null)
  const doc = state.doc

  useLayoutEffect(() => {
    const el = scroller.current
    if (!el || !doc) return
    const measure = () => {
      const size = doc.pages[state.page] ?? { width: 1, height: 1 }
      // Fit the width, but never so tall that a landscape page is cut at 100%.
      const byWidth = el.clientWidth - 48
      const byHeight = ((el.clientHeight - 48) * size.width) / size.height
      setFitWidth(Math.max(200, Math.min(byWidth, Math.max(byHeight, byWidth * 0.6))))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [doc, state.page])

  // A native listener: React's wheel listeners are passive, and ctrl+wheel must not zoom the window.
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const wheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return
      e.preventDefault()
      const i = ZOOMS.findIndex((z) => z >= zoom)
      onZoom(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, e.deltaY < 0 ? i + 1 : i - 1))] as number)
    }
    el.addEventListener('wheel', wheel, { passive: false })
    return () => el.removeEventListener('wheel', wheel)
  }, [zoom, onZoom, doc])

  const size = state.pageSize(state.page)
  const width = Math.round(fitWidth * zoom)
  // A PDF's points are 1/72 in; CSS pixels are 1/96 in.
  const natural = doc?.kind === 'pdf' ? (size.width * 96) / 72 : size.width
  useEffect(() => {
    if (fitWidth > 0) onScale(width / natural)
  }, [width, natural, fitWidth, onScale])

  if (!doc) return null

  const startPan = (e: PointerEvent<HTMLDivElement>) => {
    const el = scroller.current
    if (!el || e.button !== 0) return
    state.select(null)
    pan.current = { x: e.clientX, y: e.clientY, left: el.scrollLeft, top: el.scrollTop }
    e.currentTarget.setPointerCapture(e.pointerId)
  }
  const movePan = (e: PointerEvent<HTMLDivElement>) => {
    const el = scroller.current
    if (!el || !pan.current) return
    el.scrollLeft = pan.current.left - (e.clientX - pan.current.x)
    el.scrollTop = pan.current.top - (e.clientY - pan.current.y)
  }

  return (
    <div className="page-view" ref={scroller} data-testid="sign-page-view">
      <div
        className="page-view__page"
        ref={pageRef}
        data-testid="sign-page"
        data-page={state.page}
        style={{ width, aspectRatio: `${size.width} / ${size.height}` }}
        onPointerDown={startPan}
        onPointerMove={movePan}
        onPointerUp={() => (pan.current = null)}
      >
        {doc.kind === 'image' ? (
          <img
            className="page-view__image"
            src={`${info?.assetBaseUrl ?? ''}${doc.assetPath}`}
            alt={doc.name}
            draggable={false}
            data-testid="sign-page-image"
          />
        ) : (
          <PdfPageImage
            key={state.page}
            token={doc.token}
            index={state.page}
            cssWidth={width}
            className="page-view__image"
            testId="sign-page-pdf"
          />
        )}
        <CrossSealStrip
          strip={state.crossStrips.find((s) => s.page === state.page)}
          seal={signatures.find((s) => s.id === state.crossSeal?.sealId)}
          page={size}
        />
        {state.placements
          .filter((p) => p.page === state.page)
          .map((p) => (
            <PlacementBox
              key={p.key}
              placement={p}
              signature={signatures.find((s) => s.id === p.signatureId)}
              selected={state.selected?.key === p.key}
              pageSize={size}
              pageElement={() => pageRef.current}
              onSelect={() => state.select(p.key)}
              onChange={(patch) => state.update(p.key, patch)}
              onRemove={() => state.remove(p.key)}
            />
          ))}
      </div>
    </div>
  )
}

export { ZOOMS }
