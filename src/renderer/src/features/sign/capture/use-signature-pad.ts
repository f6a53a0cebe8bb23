import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import SignaturePad, { type PointGroup } from 'signature_pad'

export interface PenOptions {
  color: string
  /** The widest line (slow strokes); fast strokes thin down to a third of it. */
  width: number
}

export interface SignaturePadControls {
  strokeCount: number
  canUndo: boolean
  canRedo: boolean
  undo: () => void
  redo: () => void
  clear: () => void
  /** The strokes as signature_pad's `toData()` (CSS pixels of the pad). */
  strokes: () => PointGroup[]
  /** Puts strokes on the pad (editing a saved signature), replacing what is there. */
  load: (strokes: PointGroup[]) => void
}

function scaleGroups(groups: PointGroup[], factor: number): PointGroup[] {
  if (factor === 1) return groups
  return groups.map((g) => ({
    ...g,
    points: g.points.map((p) => ({ ...p, x: p.x * factor, y: p.y * factor })),
  }))
}

/**
 * signature_pad as the issue wants it: the canvas backed at devicePixelRatio (sharp on HiDPI),
 * redrawn from the stored points when it is resized (never cleared; the drawing scales with the
 * pad), undo/redo by stroke, and a transparent background so nothing ever turns black.
 */
export function useSignaturePad(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  pen: PenOptions,
): SignaturePadControls {
  const padRef = useRef<SignaturePad | null>(null)
  const strokesRef = useRef<PointGroup[]>([])
  const redoRef = useRef<PointGroup[]>([])
  const cssWidthRef = useRef(0)
  // What the toolbar shows, mirrored from the refs whenever they change (refs are not read in render).
  const [counts, setCounts] = useState({ strokes: 0, redo: 0, pads: 0 })
  const sync = useCallback(
    (newPad = false) =>
      setCounts((c) => ({
        strokes: strokesRef.current.length,
        redo: redoRef.current.length,
        pads: c.pads + (newPad ? 1 : 0),
      })),
    [],
  )

  const show = useCallback(
    (groups: PointGroup[]) => {
      strokesRef.current = groups
      padRef.current?.fromData(groups)
      sync()
    },
    [sync],
  )

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePad(canvas, { backgroundColor: 'rgba(0,0,0,0)', minDistance: 2 })
    padRef.current = pad
    const onEnd = () => {
      strokesRef.current = pad.toData()
      redoRef.current = []
      sync()
    }
    pad.addEventListener('endStroke', onEnd)

    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1)
      const { width, height } = canvas.getBoundingClientRect()
      if (width === 0 || height === 0) return
      const previous = cssWidthRef.current
      cssWidthRef.current = width
      canvas.width = Math.round(width * ratio)
      canvas.height = Math.round(height * ratio)
      canvas.getContext('2d')?.scale(ratio, ratio)
      // Redraw the same strokes, scaled to the new width, instead of losing them.
      strokesRef.current = scaleGroups(strokesRef.current, previous > 0 ? width / previous : 1)
      pad.fromData(strokesRef.current)
    }
    fit()
    sync(true)
    const observer = new ResizeObserver(fit)
    observer.observe(canvas)
    // Moving the window to a screen with another pixel ratio needs a sharper (or lighter) backing store.
    let media = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
    const onRatio = () => {
      fit()
      media.removeEventListener('change', onRatio)
      media = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
      media.addEventListener('change', onRatio)
    }
    media.addEventListener('change', onRatio)
    return () => {
      observer.disconnect()
      media.removeEventListener('change', onRatio)
      pad.removeEventListener('endStroke', onEnd)
      pad.off()
      padRef.current = null
    }
  }, [canvasRef, sync])

  useEffect(() => {
    const pad = padRef.current
    if (!pad) return
    pad.penColor = pen.color
    pad.maxWidth = pen.width
    pad.minWidth = Math.max(0.3, pen.width / 3)
  }, [pen.color, pen.width, counts.pads])

  const undo = useCallback(() => {
    const last = strokesRef.current.at(-1)
    if (!last) return
    redoRef.current = [...redoRef.current, last]
    show(strokesRef.current.slice(0, -1))
  }, [show])

  const redo = useCallback(() => {
    const next = redoRef.current.at(-1)
    if (!next) return
    redoRef.current = redoRef.current.slice(0, -1)
    show([...strokesRef.current, next])
  }, [show])

  const clear = useCallback(() => {
    redoRef.current = []
    show([])
  }, [show])

  const load = useCallback(
    (groups: PointGroup[]) => {
      redoRef.current = []
      show(groups)
    },
    [show],
  )

  return {
    strokeCount: counts.strokes,
    canUndo: counts.strokes > 0,
    canRedo: counts.redo > 0,
    undo,
    redo,
    clear,
    strokes: useCallback(() => strokesRef.current, []),
    load,
  }
}
